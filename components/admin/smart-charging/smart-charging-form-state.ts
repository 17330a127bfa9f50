import type { TCommandResult } from '@/lib/api/command-result';

/** What a smart-charging form on the station or site page shows after its server action ran. */
export type TSmartChargingFormState =
  | { status: 'idle' }
  /** Nothing was sent: the fields (or the profile's rules) are wrong, each says why. */
  | { status: 'invalid'; message: string; fieldErrors: Record<string, string> }
  /** Refused before sending: signed out, not an operator, unknown or unaccepted station. */
  | { status: 'refused'; message: string }
  /** Sent: `ok` when the charger accepted; otherwise its answer (or timeout/offline) is the message. */
  | { status: 'sent'; ok: boolean; message: string; command: TCommandResult | null };

export const IDLE_SMART_CHARGING: TSmartChargingFormState = { status: 'idle' };
