import { and, desc, eq, lt, or, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Executor } from '@/db/client';
import { commands, users } from '@/db/schema';
import { encodeCursor } from '@/lib/api/cursor';
import type { TPage } from '@/lib/api/pagination';

type TCommandRow = typeof commands.$inferSelect;

/** Keyset position, newest first; the time is PostgreSQL's text (microseconds, not JS ms). */
export const ZStationCommandCursor = z.object({ at: z.string().min(1), id: z.uuid() });
export type TStationCommandCursor = z.infer<typeof ZStationCommandCursor>;

export interface TStationCommand {
  id: string;
  action: string;
  state: TCommandRow['state'];
  ocppStatus: string | null;
  errorCode: string | null;
  error: string | null;
  latencyMs: number | null;
  requestedBy: { id: string; name: string } | null;
  createdAt: string;
  answeredAt: string | null;
}

/** The commands sent to a station, newest first, with who sent them: the audit trail. */
export async function listStationCommands(
  db: Executor,
  options: { stationId: string; cursor?: TStationCommandCursor; limit: number },
): Promise<TPage<TStationCommand>> {
  const { cursor, limit } = options;
  const at = sql<string>`${commands.createdAt}::text`;
  const rows = await db
    .select({ command: commands, at, requester: { id: users.id, name: users.name } })
    .from(commands)
    .leftJoin(users, eq(users.id, commands.requestedBy))
    .where(
      and(
        eq(commands.stationId, options.stationId),
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
    .limit(limit + 1);
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    items: page.map(({ command, requester }) => ({
      id: command.id,
      action: command.action,
      state: command.state,
      ocppStatus: command.ocppStatus,
      errorCode: command.errorCode,
      error: command.error,
      latencyMs: command.latencyMs,
      requestedBy: requester,
      createdAt: command.createdAt.toISOString(),
      answeredAt: command.answeredAt?.toISOString() ?? null,
    })),
    nextCursor:
      rows.length > limit && last ? encodeCursor({ at: last.at, id: last.command.id }) : null,
  };
}
