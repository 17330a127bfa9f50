import { decode } from 'next-auth/jwt';
import type { Executor } from '@/db/client';
import { findActiveSessionUser, type TSessionUser } from './auth-session-store';

export type TCookies = Record<string, string | undefined>;

/** next-auth's JWT cookie; the __Secure- name is used when the site runs on https. */
const COOKIE_NAMES = ['__Secure-next-auth.session-token', 'next-auth.session-token'];

/** next-auth splits a large token over name.0, name.1, …; ours are small, but read both forms. */
function readChunked(cookies: TCookies, name: string): string | undefined {
  const whole = cookies[name];
  if (whole) return whole;
  const chunks: string[] = [];
  for (let i = 0; cookies[`${name}.${i}`]; i += 1) chunks.push(cookies[`${name}.${i}`]!);
  return chunks.length > 0 ? chunks.join('') : undefined;
}

export function parseCookieHeader(header: string | null): TCookies {
  const cookies: TCookies = {};
  for (const part of (header ?? '').split(';')) {
    const at = part.indexOf('=');
    if (at <= 0) continue;
    const name = part.slice(0, at).trim();
    const value = part.slice(at + 1).trim();
    try {
      cookies[name] = decodeURIComponent(value);
    } catch {
      cookies[name] = value;
    }
  }
  return cookies;
}

/** The auth_sessions id carried in the session cookie, or null for no or a tampered token. */
export async function readAuthSessionId(cookies: TCookies, secret: string): Promise<string | null> {
  for (const name of COOKIE_NAMES) {
    const token = readChunked(cookies, name);
    if (!token) continue;
    try {
      const payload = await decode({ token, secret });
      if (typeof payload?.sid === 'string') return payload.sid;
    } catch {
      // an undecodable cookie (old secret, tampering) is the same as no cookie
    }
  }
  return null;
}

/** Cookie → JWT → a live auth_sessions row → user. Revoked or expired rows mean signed out. */
export async function authenticateCookies(
  db: Executor,
  cookies: TCookies,
  secret: string,
): Promise<TSessionUser | null> {
  const authSessionId = await readAuthSessionId(cookies, secret);
  if (!authSessionId || !/^[0-9a-f-]{36}$/i.test(authSessionId)) return null;
  return findActiveSessionUser(db, authSessionId);
}
