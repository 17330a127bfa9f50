import { eq } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { stations } from '@/db/schema';
import { hashPassword, verifyPassword } from '@/lib/auth/password';

export interface AuthenticatedStation {
  stationId: string;
  identity: string;
}

let dummyHash: Promise<string> | undefined;

/**
 * OCPP security profile 1: the identity must be registered and the basic-auth password must
 * match its hash. An unknown identity still pays for one scrypt so timing does not reveal
 * which identities exist.
 */
export async function authenticateStation(
  db: Executor,
  identity: string,
  password: Buffer | undefined,
): Promise<AuthenticatedStation | null> {
  const [station] = await db
    .select({ id: stations.id, identity: stations.identity, passwordHash: stations.passwordHash })
    .from(stations)
    .where(eq(stations.identity, identity))
    .limit(1);
  const given = password?.toString('utf8') ?? '';
  if (!station) {
    dummyHash ??= hashPassword('not-a-station-password');
    await verifyPassword(given, await dummyHash);
    return null;
  }
  if (!password || !(await verifyPassword(given, station.passwordHash))) return null;
  return { stationId: station.id, identity: station.identity };
}
