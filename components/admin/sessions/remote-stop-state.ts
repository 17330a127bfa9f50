/** What the console's remote-stop button shows after its server action ran. */
export type TRemoteStopState =
  | { status: 'idle' }
  | { status: 'confirm'; message: string }
  | { status: 'refused'; message: string }
  | { status: 'done'; message: string };

export const IDLE_REMOTE_STOP: TRemoteStopState = { status: 'idle' };
