import { and, eq, inArray } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { commands } from '@/db/schema';

export const UNFINISHED_COMMAND_STATES = ['queued', 'sent'] as const;

/**
 * Ends a command that got no answer. Only an unfinished row changes, so a timeout never
 * overwrites an answer that raced it. Returns whether this call ended it.
 */
export async function finishCommandUnanswered(
  db: Executor,
  commandId: string,
  state: 'timeout' | 'offline',
): Promise<boolean> {
  const rows = await db
    .update(commands)
    .set({ state })
    .where(and(eq(commands.id, commandId), inArray(commands.state, UNFINISHED_COMMAND_STATES)))
    .returning({ id: commands.id });
  return rows.length > 0;
}
