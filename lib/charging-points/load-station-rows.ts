import { and, asc, desc, eq, gte, ilike, inArray, isNull, or, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Executor } from '@/db/client';
import { connectors, favorites, sites, stations, tariffs } from '@/db/schema';
import type { TChargingPointFilters, TConnectorType } from './charging-point';

const stationTariff = alias(tariffs, 'station_tariff');
const siteTariff = alias(tariffs, 'site_tariff');

/** `%` and `_` typed by a driver are letters, not wildcards. */
function contains(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** The filters that narrow stations in SQL (status and distance need the rows first). */
function stationFilter(filters: TChargingPointFilters, userId: string | undefined): SQL[] {
  const where: SQL[] = [
    eq(stations.registrationStatus, 'Accepted'),
    isNull(stations.decommissionedAt),
  ];
  if (filters.stationIds) where.push(inArray(stations.id, filters.stationIds));
  if (filters.city) where.push(sql`lower(${sites.city}) = lower(${filters.city.trim()})`);
  if (filters.q?.trim()) {
    const pattern = contains(filters.q.trim());
    where.push(
      or(
        ilike(stations.name, pattern),
        ilike(sites.name, pattern),
        ilike(sites.address, pattern),
        ilike(sites.city, pattern),
      )!,
    );
  }
  const types = filters.connectorType === undefined ? [] : [filters.connectorType].flat();
  if (types.length > 0 || filters.minPowerKw !== undefined) {
    where.push(connectorMatch(types, filters.minPowerKw));
  }
  if (filters.onlyFavorites) {
    where.push(userId ? isFavoriteOf(userId) : sql`false`);
  }
  return where;
}

/** Some connector of the station has one of the types and the power: the same connector. */
function connectorMatch(types: TConnectorType[], minPowerKw: number | undefined): SQL {
  // Inside the subquery "connectors" is the inner table: it shadows the outer join.
  return sql`exists (select 1 from ${connectors} where ${and(
    eq(connectors.stationId, stations.id),
    types.length > 0 ? inArray(connectors.type, types) : undefined,
    minPowerKw !== undefined ? gte(connectors.maxPowerW, Math.ceil(minPowerKw * 1000)) : undefined,
  )})`;
}

function isFavoriteOf(userId: string): SQL {
  return sql`exists (select 1 from ${favorites} where ${favorites.stationId} = ${stations.id} and ${favorites.userId} = ${userId})`;
}

/**
 * One row per connector (or one for a station without any) of the accepted stations that pass
 * the SQL filters, with the site, the applicable tariffs and whether the user saved it.
 */
export function loadStationRows(db: Executor, filters: TChargingPointFilters) {
  const userId = filters.userId ?? filters.favoritesOf;
  return db
    .select({
      station: {
        id: stations.id,
        name: stations.name,
        connectionState: stations.connectionState,
        status: stations.status,
        lastSeenAt: stations.lastSeenAt,
      },
      site: {
        id: sites.id,
        name: sites.name,
        address: sites.address,
        city: sites.city,
        country: sites.country,
        timeZone: sites.timeZone,
        latitude: sites.latitude,
        longitude: sites.longitude,
        amenities: sites.amenities,
      },
      connector: {
        id: connectors.id,
        connectorId: connectors.connectorId,
        type: connectors.type,
        maxPowerW: connectors.maxPowerW,
        status: connectors.status,
        statusAt: connectors.statusAt,
      },
      ownTariff: stationTariff,
      siteTariff: siteTariff,
      isFavorite: userId
        ? isFavoriteOf(userId).mapWith(Boolean)
        : sql<boolean>`false`.mapWith(Boolean),
    })
    .from(stations)
    .leftJoin(sites, eq(sites.id, stations.siteId))
    .leftJoin(connectors, eq(connectors.stationId, stations.id))
    .leftJoin(stationTariff, eq(stationTariff.id, stations.tariffId))
    .leftJoin(siteTariff, eq(siteTariff.id, sites.tariffId))
    .where(and(...stationFilter(filters, userId)))
    .orderBy(
      desc(sql`${stations.connectionState} = 'online'`),
      asc(sites.name),
      asc(stations.name),
      asc(stations.id),
      asc(connectors.connectorId),
    );
}

export type TStationRow = Awaited<ReturnType<typeof loadStationRows>>[number];
