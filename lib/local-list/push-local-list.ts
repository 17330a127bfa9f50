import { inArray } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { stations } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record-audit';
import { CommandRejectedError, sendCommand } from '@/lib/commands/send-command';
import type { EventHub } from '@/lib/events/event-hub';
import { buildLocalList, type TLocalListEntry } from './build-local-list';
import { getLocalListBaseline } from './get-local-list-baseline';

export type TLocalListUpdateType = 'Full' | 'Differential';

export interface TPushLocalListInput {
  stationIds: string[];
  updateType: TLocalListUpdateType;
  requestedBy: string;
  timeoutMs?: number | undefined;
}

export interface TLocalListPushResult {
  stationId: string;
  identity: string;
  /** What was sent: a Differential asked of a station without a known list goes out Full. */
  updateType: TLocalListUpdateType;
  listVersion: number;
  entries: number;
  /** answered, failed, timeout, offline; or rejected (not sent: see message). */
  state: string;
  ocppStatus: string | null;
  message: string | null;
}

/**
 * Sends SendLocalList to each station at once and waits for every answer. Each station gets
 * the version after the one it holds; the command effect records the new version once the
 * charger accepts. Each push is audited with its outcome.
 */
export async function pushLocalList(
  deps: { db: Executor; events: EventHub },
  input: TPushLocalListInput,
): Promise<TLocalListPushResult[]> {
  const { db } = deps;
  if (input.stationIds.length === 0) return [];
  const targets = await db
    .select({
      id: stations.id,
      identity: stations.identity,
      localListVersion: stations.localListVersion,
    })
    .from(stations)
    .where(inArray(stations.id, input.stationIds));
  let full: Promise<TLocalListEntry[]> | undefined;
  const fullList = () => (full ??= buildLocalList(db));
  return Promise.all(
    targets.map(async (station) => {
      const since =
        input.updateType === 'Differential' ? await getLocalListBaseline(db, station) : null;
      const updateType: TLocalListUpdateType = since ? 'Differential' : 'Full';
      const list = since ? await buildLocalList(db, { since }) : await fullList();
      const listVersion = Math.max(station.localListVersion ?? 0, 0) + 1;
      const base = { stationId: station.id, identity: station.identity, updateType, listVersion };
      try {
        const outcome = await sendCommand(deps, {
          stationId: station.id,
          action: 'SendLocalList',
          request: { listVersion, updateType, localAuthorizationList: list },
          requestedBy: input.requestedBy,
          ...(input.timeoutMs ? { timeoutMs: input.timeoutMs } : {}),
        });
        await recordAudit(db, {
          actorId: input.requestedBy,
          action: 'local_list.sent',
          targetType: 'station',
          targetId: station.id,
          details: { commandId: outcome.commandId, updateType, listVersion, entries: list.length },
        });
        return {
          ...base,
          entries: list.length,
          state: outcome.state,
          ocppStatus: outcome.ocppStatus,
          message: outcome.error?.message ?? null,
        };
      } catch (error) {
        if (!(error instanceof CommandRejectedError)) throw error;
        return {
          ...base,
          entries: list.length,
          state: 'rejected',
          ocppStatus: null,
          message: error.message,
        };
      }
    }),
  );
}
