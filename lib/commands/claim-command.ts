import { and, eq, sql } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { commands, stations } from '@/db/schema';
import { isCommandAction, type CommandAction } from './command-actions';

export interface ClaimedCommand {
  id: string;
  stationId: string;
  identity: string;
  action: CommandAction;
  request: unknown;
  /** Time left until the caller's deadline, by the database clock. */
  remainingMs: number;
}

/**
 * Takes a queued command routed to this node, at most once across every node and every
 * trigger (NOTIFY, sweep). Null when it is not this node's, already taken, or expired.
 */
export async function claimCommand(
  db: Executor,
  input: { commandId: string; nodeId: string },
): Promise<ClaimedCommand | null> {
  const [row] = await db
    .update(commands)
    .set({ state: 'sent', sentAt: sql`now()` })
    .from(stations)
    .where(
      and(
        eq(commands.id, input.commandId),
        eq(commands.state, 'queued'),
        eq(commands.nodeId, input.nodeId),
        sql`${commands.expiresAt} > now()`,
        eq(stations.id, commands.stationId),
      ),
    )
    .returning({
      id: commands.id,
      stationId: commands.stationId,
      identity: stations.identity,
      action: commands.action,
      request: commands.request,
      remainingMs:
        sql<number>`ceil(extract(epoch from ${commands.expiresAt} - now()) * 1000)`.mapWith(Number),
    });
  if (!row) return null;
  const { action } = row;
  if (!isCommandAction(action)) throw new Error(`command ${row.id} has unknown action ${action}`);
  return { ...row, action };
}
