import type { TLocalListPushResult } from '@/lib/local-list/push-local-list';

/** What a driver/tag form shows after its server action ran. */
export type TDriverFormState =
  | { status: 'idle' }
  | { status: 'invalid'; message: string; fieldErrors: Record<string, string> }
  /** Ask first; `intent` is what the confirming submit repeats. */
  | { status: 'confirm'; message: string; intent?: string }
  | { status: 'refused'; message: string }
  | { status: 'saved'; message: string };

export const IDLE_DRIVER_FORM: TDriverFormState = { status: 'idle' };

export type TLocalListFormState =
  | { status: 'idle' }
  | { status: 'refused'; message: string }
  | { status: 'sent'; results: TLocalListPushResult[] };

export const IDLE_LOCAL_LIST_FORM: TLocalListFormState = { status: 'idle' };
