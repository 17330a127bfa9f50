/** What the sign-up form shows; free of zod and server code, so the client bundle stays small. */
export const MIN_PASSWORD_LENGTH = 10;

export type TSignUpField = 'name' | 'email' | 'password' | 'confirmPassword';
export type TSignUpFieldErrors = Partial<Record<TSignUpField, string>>;

export type TSignUpState =
  | { status: 'idle' }
  | {
      status: 'invalid';
      message: string;
      fieldErrors: TSignUpFieldErrors;
      name: string;
      email: string;
    }
  | { status: 'refused'; message: string; name: string; email: string }
  | { status: 'created'; email: string };

export const IDLE_SIGN_UP: TSignUpState = { status: 'idle' };
