import { eq, sql } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { commands } from '@/db/schema';
import { isCommandAction } from './command-actions';
import { ocppStatusOf } from './command-responses';
import { applyCommandEffect } from './effects';

/**
 * Stores the charger's answer and what it changes (configuration, reservation, profile, local
 * list version) in one transaction. An answer after the caller's timeout is still stored and
 * applied, since the charger did act on it, but the state stays 'timeout'.
 */
export async function recordCommandAnswer(
  db: Database,
  input: { commandId: string; response: unknown; latencyMs: number },
): Promise<{ stationId: string } | null> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(commands)
      .set({
        state: sql`case when ${commands.state} in ('queued', 'sent') then 'answered'::command_state else ${commands.state} end`,
        ocppStatus: ocppStatusOf(input.response),
        response: input.response,
        answeredAt: sql`now()`,
        latencyMs: input.latencyMs,
      })
      .where(eq(commands.id, input.commandId))
      .returning({
        stationId: commands.stationId,
        action: commands.action,
        request: commands.request,
        requestedBy: commands.requestedBy,
      });
    if (!row || !isCommandAction(row.action)) return null;
    await applyCommandEffect(tx, {
      action: row.action,
      stationId: row.stationId,
      commandId: input.commandId,
      requestedBy: row.requestedBy,
      request: row.request,
      response: input.response,
    });
    return { stationId: row.stationId };
  });
}
