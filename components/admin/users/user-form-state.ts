/** What the invite form shows after its server action ran. */
export type TInviteUserState =
  | { status: 'idle' }
  | {
      status: 'invalid';
      message: string;
      fieldErrors: Partial<Record<'email' | 'name' | 'role', string>>;
    }
  | { status: 'refused'; message: string }
  /** The only time the temporary password leaves the server. */
  | { status: 'invited'; email: string; temporaryPassword: string };

export type TChangeRoleState =
  { status: 'idle' | 'changed' } | { status: 'refused'; message: string };

export const INVITE_IDLE: TInviteUserState = { status: 'idle' };
export const CHANGE_ROLE_IDLE: TChangeRoleState = { status: 'idle' };
