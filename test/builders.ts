import { randomBytes } from 'node:crypto';
import type { Executor } from '@/db/client';
import { idTags, sites, tariffs, users } from '@/db/schema';
import { hashPassword } from '@/lib/auth/password';
import { provisionStation, type ProvisionStationInput } from '@/lib/stations/provision-station';

/** Short unique suffix so tests sharing one database never collide. */
export function unique(prefix: string): string {
  return `${prefix}-${randomBytes(4).toString('hex')}`;
}

export async function aSite(db: Executor, overrides: Partial<typeof sites.$inferInsert> = {}) {
  const [site] = await db
    .insert(sites)
    .values({
      name: unique('Site'),
      address: '1 Test Street',
      city: 'Berlin',
      country: 'DE',
      latitude: 52.52,
      longitude: 13.405,
      timeZone: 'Europe/Berlin',
      ...overrides,
    })
    .returning();
  return site!;
}

/** A registered station; returns the row plus the plaintext password the charger uses. */
export async function aStation(db: Executor, overrides: Partial<ProvisionStationInput> = {}) {
  const password = overrides.password ?? 'test-password-123';
  const station = await provisionStation(db, {
    identity: unique('CP'),
    name: unique('Station'),
    connectors: [
      { connectorId: 1, type: 'Type2', maxPowerW: 22_000 },
      { connectorId: 2, type: 'CCS2', maxPowerW: 150_000 },
    ],
    ...overrides,
    password,
  });
  return { ...station, password };
}

export async function aUser(
  db: Executor,
  overrides: Partial<Omit<typeof users.$inferInsert, 'passwordHash'>> & { password?: string } = {},
) {
  const { password = 'correct horse battery', ...rest } = overrides;
  const [user] = await db
    .insert(users)
    .values({
      email: `${unique('user')}@example.test`,
      name: 'Test User',
      role: 'driver',
      ...rest,
      passwordHash: await hashPassword(password),
    })
    .returning();
  return { ...user!, password };
}

export async function anIdTag(db: Executor, overrides: Partial<typeof idTags.$inferInsert> = {}) {
  const [tag] = await db
    .insert(idTags)
    .values({ idTag: unique('TAG').slice(0, 20), ...overrides })
    .returning();
  return tag!;
}

/** An active tariff: 0.30 EUR/kWh + 19 % VAT unless overridden. */
export async function aTariff(db: Executor, overrides: Partial<typeof tariffs.$inferInsert> = {}) {
  const [tariff] = await db
    .insert(tariffs)
    .values({
      name: unique('Tariff'),
      currency: 'EUR',
      energyPricePerMwh: 30_000,
      vatBasisPoints: 1900,
      ...overrides,
    })
    .returning();
  return tariff!;
}
