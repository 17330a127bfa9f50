import { describe, expect, it } from 'vitest';
import { aUser } from '@/test/builders';
import { useTestDb } from '@/test/db';
import { aSignedInCookie, TEST_NEXTAUTH_SECRET } from '@/test/web-builders';
import { revokeAuthSession } from './auth-session-store';
import { authenticateCookies, parseCookieHeader } from './session-token';

const { db } = useTestDb();

describe('session cookie → user', () => {
  it('resolves a valid cookie, and not after the session is revoked', async () => {
    const user = await aUser(db, { role: 'operator' });
    const { cookie, authSessionId } = await aSignedInCookie(db, user);
    const cookies = parseCookieHeader(`theme=dark; ${cookie}`);
    expect((await authenticateCookies(db, cookies, TEST_NEXTAUTH_SECRET))?.id).toBe(user.id);
    await revokeAuthSession(db, authSessionId);
    expect(await authenticateCookies(db, cookies, TEST_NEXTAUTH_SECRET)).toBeNull();
  });

  it('reads a token split over chunked cookies', async () => {
    const user = await aUser(db);
    const { token } = await aSignedInCookie(db, user);
    const cookies = {
      'next-auth.session-token.0': token.slice(0, 40),
      'next-auth.session-token.1': token.slice(40),
    };
    expect((await authenticateCookies(db, cookies, TEST_NEXTAUTH_SECRET))?.id).toBe(user.id);
  });

  it('ignores tokens made with another secret or tampered with', async () => {
    const user = await aUser(db);
    const { token } = await aSignedInCookie(db, user, { secret: 'some-other-secret-0123456789' });
    const foreign = { 'next-auth.session-token': token };
    expect(await authenticateCookies(db, foreign, TEST_NEXTAUTH_SECRET)).toBeNull();
    const garbage = { 'next-auth.session-token': 'not-a-jwt' };
    expect(await authenticateCookies(db, garbage, TEST_NEXTAUTH_SECRET)).toBeNull();
  });
});
