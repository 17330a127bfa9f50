import { eq } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Executor } from '@/db/client';
import { sites, stations, tariffs, type TTariff } from '@/db/schema';

export interface TResolvedTariff {
  tariff: TTariff;
  /** The site's IANA time zone; UTC for a station without a site. */
  timeZone: string;
}

const stationTariff = alias(tariffs, 'station_tariff');
const siteTariff = alias(tariffs, 'site_tariff');

/** The station's own tariff, else its site's, else null. Inactive tariffs do not apply. */
export async function resolveTariff(
  db: Executor,
  stationId: string,
): Promise<TResolvedTariff | null> {
  const [row] = await db
    .select({ own: stationTariff, site: siteTariff, timeZone: sites.timeZone })
    .from(stations)
    .leftJoin(sites, eq(sites.id, stations.siteId))
    .leftJoin(stationTariff, eq(stationTariff.id, stations.tariffId))
    .leftJoin(siteTariff, eq(siteTariff.id, sites.tariffId))
    .where(eq(stations.id, stationId));
  if (!row) return null;
  const tariff = [row.own, row.site].find((t) => t?.active) ?? null;
  return tariff ? { tariff, timeZone: row.timeZone ?? 'UTC' } : null;
}
