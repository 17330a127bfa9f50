import { describe, expect, it } from 'vitest';
import { authorizeSignIn, SignInRateLimitedError } from '@/lib/auth/verify-credentials';
import { aUser, unique } from '@/test/builders';
import { useTestDb } from '@/test/db';
import { hitRateLimit } from './hit-rate-limit';
import { signInLimitMessage } from './sign-in-limit-error';
import { SIGN_IN_RULE } from './sign-in-rate-limit';

const { db } = useTestDb();

describe('hitRateLimit', () => {
  it('allows N hits per window, refuses the next with the wait, and starts again next window', async () => {
    const bucket = unique('test');
    const rule = { limit: 3, windowMs: 60_000 };
    const start = new Date(Math.ceil(Date.now() / 60_000) * 60_000);
    for (let i = 1; i <= 3; i += 1) {
      expect(await hitRateLimit(db, bucket, rule, new Date(start.getTime() + i))).toEqual({
        allowed: true,
        count: i,
      });
    }
    const refused = await hitRateLimit(db, bucket, rule, new Date(start.getTime() + 45_000));
    expect(refused).toEqual({ allowed: false, count: 4, retryAfterS: 15 });
    const next = await hitRateLimit(db, bucket, rule, new Date(start.getTime() + 60_000));
    expect(next).toEqual({ allowed: true, count: 1 });
  });

  it('counts concurrent hits exactly once each', async () => {
    const bucket = unique('race');
    const rule = { limit: 5, windowMs: 60_000 };
    const results = await Promise.all(
      Array.from({ length: 8 }, () => hitRateLimit(db, bucket, rule)),
    );
    expect(results.filter((r) => r.allowed)).toHaveLength(5);
  });
});

describe('sign-in limit', () => {
  it('refuses after too many failures for one email, even with the right password', async () => {
    const user = await aUser(db);
    const now = new Date();
    const attempt = { email: user.email, password: 'wrong', ip: unique('ip') };
    for (let i = 0; i < SIGN_IN_RULE.limit; i += 1) {
      expect(await authorizeSignIn(db, attempt, now)).toBeNull();
    }
    const refused = authorizeSignIn(db, { ...attempt, password: user.password }, now);
    await expect(refused).rejects.toBeInstanceOf(SignInRateLimitedError);
    const error = (await refused.catch((e: unknown) => e)) as SignInRateLimitedError;
    expect(signInLimitMessage(error.message)).toMatch(
      /^Too many sign-in attempts\. Try again in \d+ minutes?\.$/,
    );
  });

  it('limits one IP across emails and does not count successful sign-ins', async () => {
    const user = await aUser(db);
    const ip = unique('ip');
    const now = new Date();
    for (let i = 0; i < SIGN_IN_RULE.limit + 2; i += 1) {
      expect(
        await authorizeSignIn(db, { email: user.email, password: user.password, ip }, now),
      ).toMatchObject({ id: user.id });
    }
    for (let i = 0; i < SIGN_IN_RULE.limit; i += 1) {
      await authorizeSignIn(db, { email: `${unique('x')}@example.test`, password: 'x', ip }, now);
    }
    await expect(
      authorizeSignIn(db, { email: user.email, password: user.password, ip }, now),
    ).rejects.toBeInstanceOf(SignInRateLimitedError);
  });

  it('formats only its own error code', () => {
    expect(signInLimitMessage('CredentialsSignin')).toBeNull();
    expect(signInLimitMessage('TooManySignInAttempts:61')).toBe(
      'Too many sign-in attempts. Try again in 2 minutes.',
    );
  });
});
