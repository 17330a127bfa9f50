/** What the create-key form shows after its server action ran. */
export type TCreateApiKeyState =
  | { status: 'idle' }
  | { status: 'invalid'; message: string; fieldErrors: Partial<Record<'name' | 'scope', string>> }
  | { status: 'refused'; message: string }
  /** The only time the secret leaves the server. */
  | { status: 'created'; name: string; secret: string };

export type TRevokeApiKeyState =
  { status: 'idle' | 'revoked' } | { status: 'refused'; message: string };

export const CREATE_IDLE: TCreateApiKeyState = { status: 'idle' };
export const REVOKE_IDLE: TRevokeApiKeyState = { status: 'idle' };
