import { findApiKeyCaller, type TApiKeyScope } from '@/lib/api-keys/find-api-key-caller';
import type { TSessionUser } from '@/lib/auth/auth-session-store';
import { authenticateCookies, parseCookieHeader } from '@/lib/auth/session-token';
import { webConfig } from '@/lib/config/web';
import { getDb } from '@/lib/db';
import { ApiError } from './api-error';

/** The user a route acts for; `authSessionId` is null for API-key callers (no browser session). */
export type TRequestUser = Omit<TSessionUser, 'authSessionId'> & { authSessionId: string | null };

/** How the caller proved who they are. */
export type TRequestAuth =
  { via: 'session' } | { via: 'apiKey'; apiKeyId: string; scope: TApiKeyScope };

export interface TRequestCaller {
  user: TRequestUser;
  auth: TRequestAuth;
}

const READ_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export function isReadMethod(method: string): boolean {
  return READ_METHODS.has(method.toUpperCase());
}

function bearerToken(req: Request): string | null {
  const header = req.headers.get('authorization');
  if (!header) return null;
  const match = /^Bearer\s+(.*)$/i.exec(header.trim());
  return match ? (match[1] ?? '').trim() : '';
}

/**
 * The one place a request's caller is identified. `Authorization: Bearer <key>` wins and never
 * falls back to the cookie: a bad key is a 401 even with a valid session beside it. A `read`
 * key on a write is a 403. Without the header: the browser's session cookie (null: anonymous).
 */
export async function authenticateRequest(req: Request): Promise<TRequestCaller | null> {
  const token = bearerToken(req);
  if (token !== null) {
    const caller = token ? await findApiKeyCaller(getDb(), token) : null;
    if (!caller) throw new ApiError('unauthorized', 'The API key is unknown, revoked or expired');
    if (caller.scope === 'read' && !isReadMethod(req.method)) {
      throw new ApiError('insufficient_scope', 'This API key is read-only: use a write key');
    }
    return {
      user: { ...caller.user, authSessionId: null },
      auth: { via: 'apiKey', apiKeyId: caller.apiKeyId, scope: caller.scope },
    };
  }
  const cookies = parseCookieHeader(req.headers.get('cookie'));
  const user = await authenticateCookies(getDb(), cookies, webConfig().NEXTAUTH_SECRET);
  return user ? { user, auth: { via: 'session' } } : null;
}
