import { and, desc, eq } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { connectors, sessions, stations } from '@/db/schema';
import { ApiError } from '@/lib/api/api-error';
import {
  commandOutcomeError,
  toCommandResult,
  type TCommandResult,
} from '@/lib/api/command-result';
import { CommandRejectedError, sendCommand } from '@/lib/commands/send-command';
import type { EventHub } from '@/lib/events/event-hub';

export interface TUnlockConnectorInput {
  stationId: string;
  /** OCPP connector number. */
  connectorId: number;
  requestedBy: string;
  timeoutMs?: number;
}

/**
 * Asks the charger to release the cable on one connector and waits for its answer. The command
 * is filed under the session charging there, if any, for that session's audit trail. Throws
 * ApiError: 404 unknown station or connector, 502 any answer but Unlocked, 503 offline, 504
 * timeout (the charger's answer in the details).
 */
export async function unlockConnector(
  deps: { db: Executor; events: EventHub },
  input: TUnlockConnectorInput,
): Promise<{ command: TCommandResult }> {
  const { db } = deps;
  const [found] = await db
    .select({ stationId: stations.id, connectorId: connectors.connectorId })
    .from(stations)
    .leftJoin(
      connectors,
      and(eq(connectors.stationId, stations.id), eq(connectors.connectorId, input.connectorId)),
    )
    .where(eq(stations.id, input.stationId));
  if (!found) throw new ApiError('not_found', 'Station not found');
  if (found.connectorId === null) throw new ApiError('not_found', 'Connector not found');
  const [open] = await db
    .select({ id: sessions.id })
    .from(sessions)
    .where(
      and(
        eq(sessions.stationId, input.stationId),
        eq(sessions.connectorId, input.connectorId),
        eq(sessions.status, 'CHARGING'),
      ),
    )
    .orderBy(desc(sessions.createdAt))
    .limit(1);
  const outcome = await sendCommand(deps, {
    stationId: input.stationId,
    action: 'UnlockConnector',
    request: { connectorId: input.connectorId },
    requestedBy: input.requestedBy,
    sessionId: open?.id ?? null,
    timeoutMs: input.timeoutMs,
  }).catch((error: unknown) => {
    throw refusalError(error);
  });
  const failure = commandOutcomeError(outcome, ['Unlocked']);
  if (failure) throw failure;
  return { command: toCommandResult(outcome) };
}

/**
 * sendCommand refused before sending anything: the station went away, or is not accepted. An
 * invalid request cannot come from validated params, so it stays an internal error.
 */
function refusalError(error: unknown): unknown {
  if (!(error instanceof CommandRejectedError)) return error;
  if (error.code === 'station_not_found') return new ApiError('not_found', 'Station not found');
  if (error.code === 'station_not_accepted') return new ApiError('conflict', error.message);
  return error;
}
