import { asc, isNotNull, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { Executor } from '@/db/client';
import { sites, stations } from '@/db/schema';

export interface TStationFilterOptions {
  sites: { id: string; name: string }[];
  vendors: string[];
  firmwares: string[];
  ocppVersions: string[];
}

/** Values the station table's filters offer: what the fleet actually reports. */
export async function listStationFilterOptions(db: Executor): Promise<TStationFilterOptions> {
  const distinct = (column: AnyPgColumn) =>
    db
      .selectDistinct({ value: sql<string>`${column}` })
      .from(stations)
      .where(isNotNull(column))
      .orderBy(asc(column))
      .limit(200)
      .then((rows) => rows.map((r) => r.value));
  const [siteRows, vendors, firmwares, ocppVersions] = await Promise.all([
    db
      .select({ id: sites.id, name: sites.name })
      .from(sites)
      .orderBy(asc(sites.name), asc(sites.id))
      .limit(1000),
    distinct(stations.vendor),
    distinct(stations.firmwareVersion),
    distinct(stations.ocppVersion),
  ]);
  return { sites: siteRows, vendors, firmwares, ocppVersions };
}
