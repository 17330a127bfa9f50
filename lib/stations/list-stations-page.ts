import { and, asc, eq, gt, ilike, isNotNull, isNull, or, sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import type { Executor } from '@/db/client';
import { connectors, sites, stations } from '@/db/schema';
import { containsPattern } from '@/db/contains-pattern';
import { encodeCursor } from '@/lib/api/cursor';
import type { TPage } from '@/lib/api/pagination';
import {
  listConnectorsWithSessions,
  type TConsoleConnector,
} from './list-connectors-with-sessions';
import { ZStationCursor, type TStationCursor } from './list-stations-for-console';

type TStationRow = typeof stations.$inferSelect;

/** What the status filter means; decommissioned stations only show under their own filter. */
export const STATION_LIST_STATUSES = [
  'online',
  'offline',
  'pending',
  'faulted',
  'decommissioned',
] as const;

export const ZStationsPageQuery = z.object({
  q: z.string().trim().max(100).optional(),
  siteId: z.uuid().optional(),
  status: z.enum(STATION_LIST_STATUSES).optional(),
  vendor: z.string().max(100).optional(),
  firmware: z.string().max(100).optional(),
  ocppVersion: z.string().max(20).optional(),
  cursor: ZStationCursor.optional(),
  limit: z.number().int().min(1).max(200).default(50),
});
export type TStationsPageQuery = z.input<typeof ZStationsPageQuery>;

export interface TStationsPageRow {
  id: string;
  identity: string;
  name: string;
  vendor: string | null;
  model: string | null;
  firmwareVersion: string | null;
  ocppVersion: string;
  registrationStatus: TStationRow['registrationStatus'];
  connectionState: TStationRow['connectionState'];
  status: TStationRow['status'];
  lastSeenAt: string | null;
  decommissionedAt: string | null;
  site: { id: string; name: string; city: string } | null;
  connectors: TConsoleConnector[];
}

const hasFaultedConnector = sql`exists (select 1 from ${connectors} where ${connectors.stationId} = ${stations.id} and ${connectors.status} = 'Faulted')`;

function statusCondition(status: TStationsPageQuery['status']): SQL | undefined {
  if (status === 'decommissioned') return isNotNull(stations.decommissionedAt);
  const inService = isNull(stations.decommissionedAt);
  if (status === 'online') return and(inService, eq(stations.connectionState, 'online'));
  if (status === 'offline') return and(inService, eq(stations.connectionState, 'offline'));
  if (status === 'pending') return and(inService, eq(stations.registrationStatus, 'Pending'));
  if (status === 'faulted') {
    return and(inService, or(eq(stations.status, 'Faulted'), hasFaultedConnector));
  }
  return inService;
}

function textConditions(query: TStationsPageQuery): (SQL | undefined)[] {
  const pattern = query.q ? containsPattern(query.q) : undefined;
  return [
    pattern
      ? or(
          ilike(stations.identity, pattern),
          ilike(stations.name, pattern),
          ilike(sites.name, pattern),
        )
      : undefined,
    query.siteId ? eq(stations.siteId, query.siteId) : undefined,
    query.vendor ? eq(stations.vendor, query.vendor) : undefined,
    query.firmware ? eq(stations.firmwareVersion, query.firmware) : undefined,
    query.ocppVersion ? eq(stations.ocppVersion, query.ocppVersion) : undefined,
  ];
}

function after(cursor: TStationCursor | undefined): SQL | undefined {
  if (!cursor) return undefined;
  return or(
    gt(stations.name, cursor.name),
    and(eq(stations.name, cursor.name), gt(stations.id, cursor.id)),
  );
}

/**
 * The console's station table: filtered in SQL, name-ordered keyset pages, connectors (with
 * their current session) read for the page's stations in one more query.
 */
export async function listStationsPage(
  db: Executor,
  options: TStationsPageQuery = {},
): Promise<TPage<TStationsPageRow>> {
  const query = ZStationsPageQuery.parse(options);
  const rows = await db
    .select({ station: stations, site: { id: sites.id, name: sites.name, city: sites.city } })
    .from(stations)
    .leftJoin(sites, eq(sites.id, stations.siteId))
    .where(and(statusCondition(query.status), ...textConditions(query), after(query.cursor)))
    .orderBy(asc(stations.name), asc(stations.id))
    .limit(query.limit + 1);
  const page = rows.slice(0, query.limit);
  const connectorsByStation = await listConnectorsWithSessions(
    db,
    page.map((r) => r.station.id),
  );
  const last = page.at(-1);
  return {
    items: page.map(({ station, site }) => ({
      id: station.id,
      identity: station.identity,
      name: station.name,
      vendor: station.vendor,
      model: station.model,
      firmwareVersion: station.firmwareVersion,
      ocppVersion: station.ocppVersion,
      registrationStatus: station.registrationStatus,
      connectionState: station.connectionState,
      status: station.status,
      lastSeenAt: station.lastSeenAt?.toISOString() ?? null,
      decommissionedAt: station.decommissionedAt?.toISOString() ?? null,
      site,
      connectors: connectorsByStation.get(station.id) ?? [],
    })),
    nextCursor:
      rows.length > query.limit && last
        ? encodeCursor({ name: last.station.name, id: last.station.id } satisfies TStationCursor)
        : null,
  };
}
