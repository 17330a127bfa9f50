import { sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Executor } from '@/db/client';

/**
 * Callers announce a queued command here; every ocpp-server node listens and executes only the
 * commands routed to itself. Separate from the live-event channel, which web processes fan out.
 */
export const COMMANDS_CHANNEL = 'chargedeck_commands';

export const ZCommandNotice = z.object({ commandId: z.string().uuid(), nodeId: z.string() });
export type CommandNotice = z.infer<typeof ZCommandNotice>;

/** Call after the command row has committed, outside any transaction. */
export async function notifyCommandQueued(db: Executor, notice: CommandNotice): Promise<void> {
  await db.execute(sql`select pg_notify(${COMMANDS_CHANNEL}, ${JSON.stringify(notice)})`);
}

export function parseCommandNotice(payload: string): CommandNotice | null {
  try {
    return ZCommandNotice.parse(JSON.parse(payload));
  } catch {
    return null;
  }
}
