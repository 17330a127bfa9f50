import { sql } from 'drizzle-orm';
import type { Database } from '../client';
import { idTags, sites, tariffs, users, vehicles } from '../schema';
import { hashPassword } from '@/lib/auth/password';
import { provisionStation } from '@/lib/stations/provision-station';
import {
  DEMO_FLEET_TAGS,
  DEMO_SITES,
  DEMO_STATION_PASSWORD,
  DEMO_STATIONS,
  DEMO_TARIFFS,
} from './demo-data';
import { DEMO_USERS } from './demo-users';

/**
 * Loads the demo network into an empty database. Returns false (and changes nothing) when the
 * database already has users, so a restart never duplicates or overwrites real data.
 */
export async function seedDemoData(db: Database): Promise<boolean> {
  return db.transaction(async (tx) => {
    // Two starts racing on one database must not both seed.
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext('chargedeck-seed'))`);
    const [existing] = await tx.select({ count: sql<number>`count(*)::int` }).from(users);
    if ((existing?.count ?? 0) > 0) return false;

    for (const user of DEMO_USERS) {
      const [row] = await tx
        .insert(users)
        .values({
          email: user.email,
          name: user.name,
          role: user.role,
          passwordHash: await hashPassword(user.password),
        })
        .returning({ id: users.id });
      if ('idTag' in user) {
        await tx
          .insert(idTags)
          .values({ idTag: user.idTag, userId: row!.id, label: `${user.name}'s card` });
        await tx.insert(vehicles).values(
          user.vehicles.map((vehicle, index) => ({
            ...vehicle,
            connectorTypes: [...vehicle.connectorTypes],
            userId: row!.id,
            isDefault: index === 0,
          })),
        );
      }
    }

    await tx
      .insert(idTags)
      .values(DEMO_FLEET_TAGS.map((idTag) => ({ idTag, label: 'Company fleet card' })));

    const tariffIds = new Map<string, string>();
    for (const { key, ...tariff } of DEMO_TARIFFS) {
      const [row] = await tx.insert(tariffs).values(tariff).returning({ id: tariffs.id });
      tariffIds.set(key, row!.id);
    }
    const siteIds = new Map<string, string>();
    for (const { key, tariffKey, ...site } of DEMO_SITES) {
      const [row] = await tx
        .insert(sites)
        .values({ ...site, tariffId: tariffIds.get(tariffKey) ?? null })
        .returning({ id: sites.id });
      siteIds.set(key, row!.id);
    }
    for (const { siteKey, ...station } of DEMO_STATIONS) {
      await provisionStation(tx, {
        ...station,
        password: DEMO_STATION_PASSWORD,
        siteId: siteIds.get(siteKey) ?? null,
      });
    }
    return true;
  });
}
