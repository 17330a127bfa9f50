import { and, eq, isNull } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { stations } from '@/db/schema';
import { generateStationPassword, isHighEntropySecret } from '@/lib/auth/password';
import { hashStationPassword, isFastStationHash, verifyStationPassword } from './station-password';
import {
  createVerifiedCredentialsCache,
  type VerifiedCredentialsCache,
} from './verified-credentials-cache';

export interface AuthenticatedStation {
  stationId: string;
  identity: string;
}

const processCache = createVerifiedCredentialsCache();
let dummyHash: Promise<string> | undefined;

/**
 * OCPP security profile 1: the identity must be registered and in service (a decommissioned
 * station is treated as unknown) and the basic-auth password must match its hash (see
 * station-password.ts for the two schemes).
 *
 * - An unknown identity still verifies against a dummy hash of the fast kind, which is what a
 *   provisioned station has, so existence is not told by timing (only stations still on a
 *   legacy scrypt hash answer slower) and unknown identities cannot make us burn scrypt CPU.
 * - A scrypt hash that verified is remembered in `cache`, so reconnects skip the scrypt.
 * - A scrypt hash whose password turns out to be a random secret is replaced by the fast kind
 *   (only if nobody changed it meanwhile), so the next process restart is cheap too.
 */
export async function authenticateStation(
  db: Executor,
  identity: string,
  password: Buffer | undefined,
  cache: VerifiedCredentialsCache = processCache,
): Promise<AuthenticatedStation | null> {
  const [station] = await db
    .select({ id: stations.id, identity: stations.identity, passwordHash: stations.passwordHash })
    .from(stations)
    .where(and(eq(stations.identity, identity), isNull(stations.decommissionedAt)))
    .limit(1);
  const given = password?.toString('utf8') ?? '';
  if (!station) {
    dummyHash ??= hashStationPassword(generateStationPassword());
    await verifyStationPassword(given, await dummyHash);
    return null;
  }
  if (!password) return null;
  const authenticated = { stationId: station.id, identity: station.identity };
  const stored = station.passwordHash;
  if (isFastStationHash(stored)) {
    return (await verifyStationPassword(given, stored)) ? authenticated : null;
  }
  if (cache.has(identity, stored, given)) return authenticated;
  if (!(await verifyStationPassword(given, stored))) return null;
  cache.remember(identity, stored, given);
  if (isHighEntropySecret(given)) {
    await db
      .update(stations)
      .set({ passwordHash: await hashStationPassword(given) })
      .where(and(eq(stations.id, station.id), eq(stations.passwordHash, stored)));
  }
  return authenticated;
}
