import { and, asc, eq, isNull } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { connectors, sites, stations } from '@/db/schema';

type TConnectorRow = typeof connectors.$inferSelect;

export interface TPublicConnector {
  connectorId: number;
  type: TConnectorRow['type'];
  maxPowerW: number | null;
  status: TConnectorRow['status'];
}

export interface TPublicStation {
  id: string;
  name: string;
  online: boolean;
  connectors: TPublicConnector[];
}

export interface TPublicSite {
  /** Null for stations not placed at a site yet. */
  id: string | null;
  name: string;
  address: string | null;
  city: string | null;
  stations: TPublicStation[];
}

/**
 * What anyone may see: accepted chargers by site with connector type, power and status.
 * No identities, sessions or drivers.
 */
export async function listPublicChargers(db: Executor): Promise<TPublicSite[]> {
  const rows = await db
    .select({ station: stations, site: sites, connector: connectors })
    .from(stations)
    .leftJoin(sites, eq(sites.id, stations.siteId))
    .leftJoin(connectors, eq(connectors.stationId, stations.id))
    .where(and(eq(stations.registrationStatus, 'Accepted'), isNull(stations.decommissionedAt)))
    .orderBy(asc(sites.name), asc(stations.name), asc(stations.id), asc(connectors.connectorId));
  const siteMap = new Map<string, TPublicSite>();
  const stationMap = new Map<string, TPublicStation>();
  for (const { station, site, connector } of rows) {
    const siteKey = site?.id ?? '';
    let publicSite = siteMap.get(siteKey);
    if (!publicSite) {
      publicSite = site
        ? { id: site.id, name: site.name, address: site.address, city: site.city, stations: [] }
        : { id: null, name: 'Other locations', address: null, city: null, stations: [] };
      siteMap.set(siteKey, publicSite);
    }
    let publicStation = stationMap.get(station.id);
    if (!publicStation) {
      publicStation = {
        id: station.id,
        name: station.name,
        online: station.connectionState === 'online',
        connectors: [],
      };
      stationMap.set(station.id, publicStation);
      publicSite.stations.push(publicStation);
    }
    if (connector) {
      publicStation.connectors.push({
        connectorId: connector.connectorId,
        type: connector.type,
        maxPowerW: connector.maxPowerW,
        status: connector.status,
      });
    }
  }
  return [...siteMap.values()];
}
