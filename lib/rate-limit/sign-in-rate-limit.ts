import type { Executor } from '@/db/client';
import { hitRateLimit, refundRateLimit, type TRateLimitRule } from './hit-rate-limit';

/** Failed sign-ins allowed per email and per IP address in 15 minutes. */
export const SIGN_IN_RULE: TRateLimitRule = { limit: 10, windowMs: 15 * 60_000 };

function bucketsFor(email: string, ip: string): string[] {
  return [`sign-in:email:${email.trim().toLowerCase()}`, `sign-in:ip:${ip}`];
}

/**
 * Counts an attempt against both the email and the IP before the password is checked (so
 * parallel guesses cannot slip past); `refundSignIn` gives it back when it succeeds, so only
 * failures use up the allowance. Returns the wait in seconds when either limit is reached.
 */
export async function hitSignInLimit(
  db: Executor,
  attempt: { email: string; ip: string },
  now: Date = new Date(),
): Promise<number | null> {
  const results = await Promise.all(
    bucketsFor(attempt.email, attempt.ip).map((b) => hitRateLimit(db, b, SIGN_IN_RULE, now)),
  );
  const waits = results.flatMap((r) => (r.allowed ? [] : [r.retryAfterS]));
  return waits.length > 0 ? Math.max(...waits) : null;
}

export async function refundSignIn(
  db: Executor,
  attempt: { email: string; ip: string },
  now: Date = new Date(),
): Promise<void> {
  for (const bucket of bucketsFor(attempt.email, attempt.ip)) {
    await refundRateLimit(db, bucket, SIGN_IN_RULE, now);
  }
}
