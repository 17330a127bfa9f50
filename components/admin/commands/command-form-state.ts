import type { CommandOutcome } from '@/lib/commands/command-outcome';
import type { TFieldErrors } from './command-form-data';

/** What a command form shows after the server action ran. */
export type TCommandFormState =
  | { status: 'idle' }
  /** The form did not describe a valid request: nothing was sent. */
  | { status: 'invalid'; message: string; fieldErrors: TFieldErrors }
  /** The command is destructive: ask, then submit again with `confirmed=yes`. */
  | { status: 'confirm'; message: string }
  /** Refused before sending: signed out, not an operator, unknown or unaccepted station. */
  | { status: 'refused'; message: string }
  | { status: 'sent'; outcome: CommandOutcome };

export const IDLE: TCommandFormState = { status: 'idle' };
