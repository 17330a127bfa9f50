import { encode } from 'next-auth/jwt';
import type { Executor } from '@/db/client';
import { ocppMessages, sessions } from '@/db/schema';
import {
  createAuthSession,
  findActiveSessionUser,
  type TSessionUser,
} from '@/lib/auth/auth-session-store';
import { aUser } from './builders';

export const TEST_NEXTAUTH_SECRET = 'test-nextauth-secret-0123456789';

/** A signed-in browser: an auth_sessions row and the next-auth cookie that carries its id. */
export async function aSignedInCookie(
  db: Executor,
  user: { id: string },
  options: { secret?: string; maxAgeS?: number } = {},
) {
  const authSessionId = await createAuthSession(db, user.id, options.maxAgeS);
  const token = await encode({
    token: { sub: user.id, sid: authSessionId },
    secret: options.secret ?? TEST_NEXTAUTH_SECRET,
  });
  return { authSessionId, token, cookie: `next-auth.session-token=${token}` };
}

export async function aChargingSession(
  db: Executor,
  overrides: Partial<typeof sessions.$inferInsert> & { stationId: string },
) {
  const [row] = await db
    .insert(sessions)
    .values({
      connectorId: 1,
      status: 'CHARGING',
      startedAt: new Date(),
      meterStartWh: 1_000,
      lastMeterWh: 1_000,
      ...overrides,
    })
    .returning();
  return row!;
}

export async function anOcppMessage(
  db: Executor,
  overrides: Partial<typeof ocppMessages.$inferInsert> & { stationId: string; identity: string },
) {
  const [row] = await db
    .insert(ocppMessages)
    .values({ direction: 'in', messageType: 2, action: 'Heartbeat', payload: {}, ...overrides })
    .returning();
  return row!;
}

/** A signed-in user as a server action sees them (`getCurrentUser()`), with a live session row. */
export async function aSessionUser(
  db: Executor,
  role: 'driver' | 'operator' | 'admin' = 'driver',
): Promise<TSessionUser> {
  const user = await aUser(db, { role });
  return (await findActiveSessionUser(db, await createAuthSession(db, user.id)))!;
}

/** A submitted form, as a server action receives it. */
export function aForm(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
}
