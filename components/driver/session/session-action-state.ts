/** What the Cancel / Stop buttons show after their server action ran. */
export type TSessionActionState =
  | { status: 'idle' }
  /** Nothing happened yet: ask, then submit again with `confirmed=yes`. */
  | { status: 'confirm'; message: string }
  /** Signed out, not the driver's session, or it already moved on. */
  | { status: 'refused'; message: string }
  | { status: 'done'; message: string; sessionId: string };

export const IDLE_SESSION_ACTION: TSessionActionState = { status: 'idle' };
