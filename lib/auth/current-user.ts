import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { cache } from 'react';
import { webConfig } from '@/lib/config/web';
import { getDb } from '@/lib/db';
import type { TSessionUser } from './auth-session-store';
import { hasRole, type TRole } from './roles';
import { authenticateCookies } from './session-token';

/**
 * The signed-in user for this request (server components and actions), checked against the
 * auth_sessions row. Cached per request so a layout and its page share one query.
 */
export const getCurrentUser = cache(async (): Promise<TSessionUser | null> => {
  const jar = await cookies();
  const all = Object.fromEntries(jar.getAll().map((c) => [c.name, c.value]));
  return authenticateCookies(getDb(), all, webConfig().NEXTAUTH_SECRET);
});

export function loginUrl(callbackPath: string): string {
  return `/login?callbackUrl=${encodeURIComponent(callbackPath)}`;
}

export type TRoleCheck =
  { allowed: true; user: TSessionUser } | { allowed: false; user: TSessionUser };

/**
 * For pages: signed out → redirect to /login (coming back to `callbackPath`); signed in
 * without the role → `allowed: false`, so the page can render its 403 view.
 */
export async function requireRole(role: TRole, callbackPath: string): Promise<TRoleCheck> {
  const user = await getCurrentUser();
  if (!user) redirect(loginUrl(callbackPath));
  return { allowed: hasRole(user.role, role), user };
}
