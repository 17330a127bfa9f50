import { and, asc, eq, gt, or } from 'drizzle-orm';
import { z } from 'zod';
import type { Executor } from '@/db/client';
import { sites, stations } from '@/db/schema';
import { encodeCursor } from '@/lib/api/cursor';
import type { TPage } from '@/lib/api/pagination';
import {
  listConnectorsWithSessions,
  type TConsoleConnector,
} from './list-connectors-with-sessions';

type TStationRow = typeof stations.$inferSelect;

/** Keyset position in the name-ordered list (id breaks ties between equal names). */
export const ZStationCursor = z.object({ name: z.string(), id: z.uuid() });
export type TStationCursor = z.infer<typeof ZStationCursor>;

export interface TConsoleStation {
  id: string;
  identity: string;
  name: string;
  vendor: string | null;
  model: string | null;
  registrationStatus: TStationRow['registrationStatus'];
  connectionState: TStationRow['connectionState'];
  lastSeenAt: string | null;
  site: { id: string; name: string; city: string } | null;
  connectors: TConsoleConnector[];
}

/** The operator console's station list: every station with its site and live connectors. */
export async function listStationsForConsole(
  db: Executor,
  options: { cursor?: TStationCursor; limit: number },
): Promise<TPage<TConsoleStation>> {
  const { cursor, limit } = options;
  const rows = await db
    .select({ station: stations, site: { id: sites.id, name: sites.name, city: sites.city } })
    .from(stations)
    .leftJoin(sites, eq(sites.id, stations.siteId))
    .where(
      cursor
        ? or(
            gt(stations.name, cursor.name),
            and(eq(stations.name, cursor.name), gt(stations.id, cursor.id)),
          )
        : undefined,
    )
    .orderBy(asc(stations.name), asc(stations.id))
    .limit(limit + 1);
  const page = rows.slice(0, limit);
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
      registrationStatus: station.registrationStatus,
      connectionState: station.connectionState,
      lastSeenAt: station.lastSeenAt?.toISOString() ?? null,
      site,
      connectors: connectorsByStation.get(station.id) ?? [],
    })),
    nextCursor:
      rows.length > limit && last
        ? encodeCursor({ name: last.station.name, id: last.station.id } satisfies TStationCursor)
        : null,
  };
}
