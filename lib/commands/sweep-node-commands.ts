import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { commands } from '@/db/schema';
import { UNFINISHED_COMMAND_STATES } from './finish-command-unanswered';

/** Commands routed to a node whose deadline has passed: the caller has given up on them. */
export async function expireNodeCommands(
  db: Executor,
  nodeId: string,
): Promise<{ id: string; stationId: string }[]> {
  return db
    .update(commands)
    .set({ state: 'timeout' })
    .where(
      and(
        eq(commands.nodeId, nodeId),
        inArray(commands.state, UNFINISHED_COMMAND_STATES),
        sql`${commands.expiresAt} <= now()`,
      ),
    )
    .returning({ id: commands.id, stationId: commands.stationId });
}

/** Queued commands for a node that it may have missed the NOTIFY of. */
export async function listQueuedNodeCommands(db: Executor, nodeId: string): Promise<string[]> {
  const rows = await db
    .select({ id: commands.id })
    .from(commands)
    .where(
      and(
        eq(commands.nodeId, nodeId),
        eq(commands.state, 'queued'),
        sql`${commands.expiresAt} > now()`,
      ),
    )
    .orderBy(commands.createdAt);
  return rows.map((row) => row.id);
}
