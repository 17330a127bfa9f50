import { sql } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { users } from '@/db/schema';
import { signInLimitErrorCode } from '@/lib/rate-limit/sign-in-limit-error';
import { hitSignInLimit, refundSignIn } from '@/lib/rate-limit/sign-in-rate-limit';
import { hashPassword, verifyPassword } from './password';

/** Checked when the email is unknown, so a wrong email costs as long as a wrong password. */
let dummyHash: Promise<string> | undefined;

export async function verifyCredentials(db: Executor, email: string, password: string) {
  const [user] = await db
    .select()
    .from(users)
    .where(sql`lower(${users.email}) = lower(${email.trim()})`);
  if (!user) {
    dummyHash ??= hashPassword('not-a-real-password');
    await verifyPassword(password, await dummyHash);
    return null;
  }
  return (await verifyPassword(password, user.passwordHash)) ? user : null;
}

export class SignInRateLimitedError extends Error {
  constructor(readonly retryAfterS: number) {
    super(signInLimitErrorCode(retryAfterS));
    this.name = 'SignInRateLimitedError';
  }
}

/**
 * A sign-in attempt under the per-email and per-IP limits: the user, null for wrong
 * credentials, or SignInRateLimitedError once too many attempts failed.
 */
export async function authorizeSignIn(
  db: Executor,
  attempt: { email: string; password: string; ip: string },
  now: Date = new Date(),
) {
  const waitS = await hitSignInLimit(db, attempt, now);
  if (waitS !== null) throw new SignInRateLimitedError(waitS);
  const user = await verifyCredentials(db, attempt.email, attempt.password);
  if (user) await refundSignIn(db, attempt, now);
  return user;
}
