import { asc, eq } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { sites, stations, tariffs } from '@/db/schema';

type TStationRow = typeof stations.$inferSelect;

export interface TStationSettings {
  station: Pick<TStationRow, 'id' | 'name' | 'siteId' | 'tariffId' | 'vendor' | 'model'> & {
    decommissionedAt: string | null;
  };
  /** What the edit form offers. */
  sites: { id: string; name: string }[];
  tariffs: { id: string; name: string }[];
}

/** What the station page's edit form starts from; null when there is no such station. */
export async function getStationSettings(
  db: Executor,
  stationId: string,
): Promise<TStationSettings | null> {
  const [rows, siteRows, tariffRows] = await Promise.all([
    db
      .select({
        id: stations.id,
        name: stations.name,
        siteId: stations.siteId,
        tariffId: stations.tariffId,
        vendor: stations.vendor,
        model: stations.model,
        decommissionedAt: stations.decommissionedAt,
      })
      .from(stations)
      .where(eq(stations.id, stationId))
      .limit(1),
    db.select({ id: sites.id, name: sites.name }).from(sites).orderBy(asc(sites.name)).limit(1000),
    db
      .select({ id: tariffs.id, name: tariffs.name })
      .from(tariffs)
      .orderBy(asc(tariffs.name))
      .limit(1000),
  ]);
  const row = rows[0];
  if (!row) return null;
  return {
    station: { ...row, decommissionedAt: row.decommissionedAt?.toISOString() ?? null },
    sites: siteRows,
    tariffs: tariffRows,
  };
}
