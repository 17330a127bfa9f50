import { asc, eq } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { sites, stations, users } from '@/db/schema';

/** What the session filters offer: sites, the stations (of the chosen site), the chosen driver. */
export async function listConsoleSessionFilterOptions(
  db: Executor,
  options: { siteId?: string | undefined; userId?: string | undefined },
) {
  const [siteRows, stationRows, driverRows] = await Promise.all([
    db
      .select({ id: sites.id, name: sites.name })
      .from(sites)
      .orderBy(asc(sites.name), asc(sites.id))
      .limit(1000),
    db
      .select({ id: stations.id, identity: stations.identity })
      .from(stations)
      .where(options.siteId ? eq(stations.siteId, options.siteId) : undefined)
      .orderBy(asc(stations.identity))
      .limit(1000),
    options.userId
      ? db
          .select({ id: users.id, name: users.name, email: users.email })
          .from(users)
          .where(eq(users.id, options.userId))
      : [],
  ]);
  return { sites: siteRows, stations: stationRows, driver: driverRows[0] ?? null };
}

export type TConsoleSessionFilterOptions = Awaited<
  ReturnType<typeof listConsoleSessionFilterOptions>
>;
