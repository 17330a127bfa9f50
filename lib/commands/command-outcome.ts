import { eq } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { commands } from '@/db/schema';
import { isCommandAction, type CommandAction, type CommandResultState } from './command-actions';

export interface CommandOutcome {
  commandId: string;
  action: CommandAction;
  /**
   * 'answered': the charger replied (see ocppStatus/response); a charger's Rejected is
   * 'answered' with ocppStatus 'Rejected'. 'failed': it answered with a CALLERROR (see error).
   */
  state: CommandResultState;
  /** The charger's own status field when its answer has one (Accepted, Rejected, Unlocked, …). */
  ocppStatus: string | null;
  /** The full CALLRESULT payload. */
  response: unknown;
  /** A CALLERROR from the charger (state 'failed'). */
  error: { code: string; message: string } | null;
  latencyMs: number | null;
}

type CommandRow = typeof commands.$inferSelect;

/**
 * The outcome a finished row records. A row still queued or sent (only when read before it
 * finished) counts as a timeout: the caller stopped waiting.
 */
export function toCommandOutcome(row: CommandRow): CommandOutcome {
  if (!isCommandAction(row.action)) throw new Error(`command ${row.id} has unknown action`);
  const state = row.state === 'queued' || row.state === 'sent' ? 'timeout' : row.state;
  return {
    commandId: row.id,
    action: row.action,
    state,
    ocppStatus: state === 'answered' ? row.ocppStatus : null,
    response: state === 'answered' ? (row.response ?? null) : null,
    error:
      state === 'failed'
        ? { code: row.errorCode ?? 'GenericError', message: row.error ?? '' }
        : null,
    latencyMs: state === 'answered' || state === 'failed' ? row.latencyMs : null,
  };
}

export async function getCommandOutcome(db: Executor, commandId: string): Promise<CommandOutcome> {
  const [row] = await db.select().from(commands).where(eq(commands.id, commandId));
  if (!row) throw new Error(`command ${commandId} does not exist`);
  return toCommandOutcome(row);
}
