import { and, eq, gt, isNull, sql } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { authSessions, users } from '@/db/schema';
import type { TRole } from './roles';

/** How long one sign-in lasts, whatever the cookie says: the row's expiry is the real limit. */
export const AUTH_SESSION_MAX_AGE_S = 7 * 24 * 60 * 60;

export interface TSessionUser {
  id: string;
  email: string;
  name: string;
  role: TRole;
  authSessionId: string;
}

export async function createAuthSession(
  db: Executor,
  userId: string,
  maxAgeS: number = AUTH_SESSION_MAX_AGE_S,
): Promise<string> {
  const [row] = await db
    .insert(authSessions)
    .values({ userId, expiresAt: new Date(Date.now() + maxAgeS * 1000) })
    .returning({ id: authSessions.id });
  if (!row) throw new Error('auth session was not created');
  return row.id;
}

/** Idempotent: revoking twice keeps the first revocation time. */
export async function revokeAuthSession(db: Executor, authSessionId: string): Promise<void> {
  await db
    .update(authSessions)
    .set({ revokedAt: sql`now()` })
    .where(and(eq(authSessions.id, authSessionId), isNull(authSessions.revokedAt)));
}

/** The signed-in user behind a session id, or null when it is unknown, revoked or expired. */
export async function findActiveSessionUser(
  db: Executor,
  authSessionId: string,
): Promise<TSessionUser | null> {
  const [row] = await db
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      role: users.role,
      authSessionId: authSessions.id,
    })
    .from(authSessions)
    .innerJoin(users, eq(users.id, authSessions.userId))
    .where(
      and(
        eq(authSessions.id, authSessionId),
        isNull(authSessions.revokedAt),
        gt(authSessions.expiresAt, sql`now()`),
      ),
    );
  return row ?? null;
}
