/**
 * How a refused sign-in travels from the server's authorize() to the login form: next-auth
 * hands the thrown error's message to the client as `error`. Free of server imports, so the
 * client form can read it.
 */
const CODE = 'TooManySignInAttempts';

export function signInLimitErrorCode(retryAfterS: number): string {
  return `${CODE}:${retryAfterS}`;
}

/** The message for a `TooManySignInAttempts:<seconds>` error, or null for any other error. */
export function signInLimitMessage(error: string | null | undefined): string | null {
  const match = new RegExp(`^${CODE}:(\\d+)$`).exec(error ?? '');
  if (!match) return null;
  const minutes = Math.max(1, Math.ceil(Number(match[1]) / 60));
  return `Too many sign-in attempts. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`;
}
