import { asc, eq } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { sites, stations } from '@/db/schema';

export const LOCAL_LIST_STATIONS_CAP = 200;

/**
 * Stations with the local list version each holds, of one site or all, by identity; capped
 * (the page narrows by site for bigger fleets).
 */
export async function listLocalListStations(
  db: Executor,
  options: { siteId?: string | undefined } = {},
) {
  const rows = await db
    .select({
      id: stations.id,
      identity: stations.identity,
      siteId: stations.siteId,
      siteName: sites.name,
      connectionState: stations.connectionState,
      localListVersion: stations.localListVersion,
    })
    .from(stations)
    .leftJoin(sites, eq(sites.id, stations.siteId))
    .where(options.siteId ? eq(stations.siteId, options.siteId) : undefined)
    .orderBy(asc(stations.identity))
    .limit(LOCAL_LIST_STATIONS_CAP + 1);
  return {
    items: rows.slice(0, LOCAL_LIST_STATIONS_CAP),
    truncated: rows.length > LOCAL_LIST_STATIONS_CAP,
  };
}
