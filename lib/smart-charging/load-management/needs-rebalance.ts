import { and, eq, isNotNull, sql } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { connectors, sessions, siteLoadAllocations, sites, stations } from '@/db/schema';
import { isUnderDrawing } from './allocate-site-limit';

/**
 * The limited site a session's change should rebalance, or null when it changes nothing: a
 * CHARGING session not managed yet, or one whose draw crossed the under-drawing line either way
 * (started to draw well below its grant, or came up to a grant it was capped at for that).
 */
export async function siteToRebalanceFor(
  db: Executor,
  sessionId: string,
  now = Date.now(),
): Promise<string | null> {
  const [row] = await db
    .select({
      siteId: sites.id,
      status: sessions.status,
      drawW: sessions.lastPowerW,
      lastMeterAt: sessions.lastMeterAt,
      startedAt: sessions.startedAt,
      ratingW: connectors.maxPowerW,
      allocation: siteLoadAllocations,
    })
    .from(sessions)
    .innerJoin(stations, eq(stations.id, sessions.stationId))
    .innerJoin(sites, and(eq(sites.id, stations.siteId), isNotNull(sites.gridLimitW)))
    .leftJoin(
      connectors,
      and(
        eq(connectors.stationId, sessions.stationId),
        eq(connectors.connectorId, sessions.connectorId),
      ),
    )
    .leftJoin(siteLoadAllocations, eq(siteLoadAllocations.sessionId, sessions.id))
    .where(eq(sessions.id, sql`${sessionId}::uuid`));
  if (!row) return null;
  if (row.status !== 'CHARGING') return row.allocation ? row.siteId : null;
  if (!row.allocation) return row.siteId;
  const grantedAt = row.allocation.grantedAt ?? row.startedAt;
  const fresh = row.lastMeterAt && (!grantedAt || row.lastMeterAt > grantedAt);
  const underDrawing = isUnderDrawing(
    {
      drawW: fresh ? row.drawW : null,
      grantedW: row.allocation.enforcedW ?? row.ratingW,
      grantedAt: grantedAt?.getTime() ?? null,
      startedAt: row.startedAt?.getTime() ?? 0,
    },
    now,
  );
  return underDrawing !== (row.allocation.reason === 'under_drawing') ? row.siteId : null;
}

/**
 * Limited sites with a station on this node that have something to manage: a charging session,
 * or an allocation row left by one that ended. For the load manager's slow sweep.
 */
export async function listManagedSites(db: Executor, nodeId: string): Promise<string[]> {
  const rows = await db.execute<{ site_id: string }>(sql`
    select distinct st.site_id
    from stations st join sites si on si.id = st.site_id
    where st.node_id = ${nodeId}
      and (
        (si.grid_limit_w is not null and exists (
          select 1 from sessions s where s.station_id = st.id and s.status = 'CHARGING'))
        or exists (select 1 from site_load_allocations a where a.station_id = st.id)
      )`);
  return [...rows].map((row) => row.site_id);
}

/** Stations at limited sites, on any node: only their meter updates can matter. */
export async function listLimitedStations(db: Executor): Promise<string[]> {
  const rows = await db
    .select({ id: stations.id })
    .from(stations)
    .innerJoin(sites, and(eq(sites.id, stations.siteId), isNotNull(sites.gridLimitW)));
  return rows.map((row) => row.id);
}
