import { eq, sql } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { commands } from '@/db/schema';

/**
 * A CALLERROR from the charger (or a refusal by the strict validator on the way). After a
 * timeout it is still recorded, but the state stays 'timeout'.
 */
export async function recordCommandError(
  db: Executor,
  input: { commandId: string; code: string; message: string; latencyMs: number },
): Promise<void> {
  await db
    .update(commands)
    .set({
      state: sql`case when ${commands.state} in ('queued', 'sent') then 'failed'::command_state else ${commands.state} end`,
      errorCode: input.code,
      error: input.message,
      answeredAt: sql`now()`,
      latencyMs: input.latencyMs,
    })
    .where(eq(commands.id, input.commandId));
}
