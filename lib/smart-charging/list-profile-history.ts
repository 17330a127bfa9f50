import { and, desc, eq, lt, or, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Executor } from '@/db/client';
import { chargingProfiles, commands, users } from '@/db/schema';
import { decodeCursor, encodeCursor } from '@/lib/api/cursor';
import type { TPage } from '@/lib/api/pagination';
import { toCommandOutcome } from '@/lib/commands/command-outcome';
import { toCommandResult, type TCommandResult } from '@/lib/api/command-result';

/** Keyset position, newest first; the time is PostgreSQL's text (microseconds, not JS ms). */
const ZProfileHistoryCursor = z.object({ at: z.string().min(1), id: z.uuid() });

export interface TProfileHistoryItem {
  commandId: string;
  connectorId: number;
  /** The csChargingProfiles object as sent. */
  profile: unknown;
  setBy: { id: string; name: string; email: string } | null;
  /** When it was sent. */
  setAt: string;
  /** The charger's answer: state answered with its ocppStatus, or failed, timeout, offline. */
  answer: TCommandResult;
  /** Null when the charger did not accept it (nothing was installed). */
  status: 'Active' | 'Cleared' | null;
  clearedAt: string | null;
}

export interface TListProfileHistoryInput {
  stationId: string;
  connectorId?: number | undefined;
  /** The opaque `nextCursor` of the previous page. */
  cursor?: string | undefined;
  limit: number;
}

/**
 * Every SetChargingProfile sent to a station, whatever the charger answered, newest first: who
 * set what on which connector, when, the answer, and whether the profile is still installed.
 * Throws ApiError 400 for a cursor this function did not hand out.
 */
export async function listChargingProfileHistory(
  db: Executor,
  input: TListProfileHistoryInput,
): Promise<TPage<TProfileHistoryItem>> {
  const cursor = decodeCursor(ZProfileHistoryCursor, input.cursor);
  const at = sql<string>`${commands.createdAt}::text`;
  const rows = await db
    .select({
      command: commands,
      at,
      setter: { id: users.id, name: users.name, email: users.email },
      status: chargingProfiles.status,
      clearedAt: chargingProfiles.clearedAt,
    })
    .from(commands)
    .leftJoin(users, eq(users.id, commands.requestedBy))
    // The station condition lets the join use charging_profiles' station index.
    .leftJoin(
      chargingProfiles,
      and(
        eq(chargingProfiles.stationId, commands.stationId),
        eq(chargingProfiles.commandId, commands.id),
      ),
    )
    .where(
      and(
        eq(commands.stationId, input.stationId),
        eq(commands.action, 'SetChargingProfile'),
        input.connectorId === undefined
          ? undefined
          : sql`${commands.request} ->> 'connectorId' = ${String(input.connectorId)}`,
        cursor
          ? or(
              lt(commands.createdAt, sql`${cursor.at}::timestamptz`),
              and(
                eq(commands.createdAt, sql`${cursor.at}::timestamptz`),
                lt(commands.id, cursor.id),
              ),
            )
          : undefined,
      ),
    )
    .orderBy(desc(commands.createdAt), desc(commands.id))
    .limit(input.limit + 1);
  const page = rows.slice(0, input.limit);
  const last = page.at(-1);
  return {
    items: page.map(({ command, setter, status, clearedAt }) => {
      const request = command.request as { connectorId: number; csChargingProfiles: unknown };
      return {
        commandId: command.id,
        connectorId: request.connectorId,
        profile: request.csChargingProfiles,
        setBy: setter,
        setAt: command.createdAt.toISOString(),
        answer: toCommandResult(toCommandOutcome(command)),
        status,
        clearedAt: clearedAt?.toISOString() ?? null,
      };
    }),
    nextCursor:
      rows.length > input.limit && last ? encodeCursor({ at: last.at, id: last.command.id }) : null,
  };
}
