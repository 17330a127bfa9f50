import { asc } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { sites, stations, tariffs } from '@/db/schema';

export async function listTariffs(db: Executor) {
  return db.select().from(tariffs).orderBy(asc(tariffs.name));
}

/** Sites and stations a tariff can be assigned to, with the tariff each has now. */
export async function listTariffTargets(db: Executor) {
  const [siteRows, stationRows] = await Promise.all([
    db
      .select({ id: sites.id, name: sites.name, tariffId: sites.tariffId })
      .from(sites)
      .orderBy(asc(sites.name)),
    db
      .select({ id: stations.id, name: stations.name, tariffId: stations.tariffId })
      .from(stations)
      .orderBy(asc(stations.name)),
  ]);
  return [
    ...siteRows.map((s) => ({ ...s, kind: 'site' as const })),
    ...stationRows.map((s) => ({ ...s, kind: 'station' as const })),
  ];
}
export type TTariffTarget = Awaited<ReturnType<typeof listTariffTargets>>[number];
