import type { TSessionUser } from '@/lib/auth/auth-session-store';
import { authenticateCookies, parseCookieHeader } from '@/lib/auth/session-token';
import { webConfig } from '@/lib/config/web';
import { getDb } from '@/lib/db';

/**
 * The one place a request's caller is identified. Today: the browser's session cookie.
 * API keys (`Authorization: Bearer …`) slot in here, before the cookie check, so every
 * route wrapped by withAuth gets them at once.
 */
export async function authenticateRequest(req: Request): Promise<TSessionUser | null> {
  const cookies = parseCookieHeader(req.headers.get('cookie'));
  return authenticateCookies(getDb(), cookies, webConfig().NEXTAUTH_SECRET);
}
