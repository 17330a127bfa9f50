import { and, asc, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Executor } from '@/db/client';
import { connectors, sessions, siteLoadAllocations, sites, stations } from '@/db/schema';

/**
 * A site's limit and its CHARGING sessions with what load management knows of each: the
 * connector's rating, the last measured power and the allocation row (null before the first
 * rebalance). Undefined for an unknown site.
 */
export async function readSiteSessions(db: Executor, siteId: string) {
  if (!z.uuid().safeParse(siteId).success) return undefined;
  const [site] = await db
    .select({ id: sites.id, gridLimitW: sites.gridLimitW })
    .from(sites)
    .where(eq(sites.id, siteId));
  if (!site) return undefined;
  const rows = await db
    .select({
      sessionId: sessions.id,
      stationId: sessions.stationId,
      stationName: stations.name,
      connectorId: sessions.connectorId,
      transactionId: sessions.transactionId,
      startedAt: sessions.startedAt,
      lastPowerW: sessions.lastPowerW,
      lastMeterAt: sessions.lastMeterAt,
      ratingW: connectors.maxPowerW,
      allocation: siteLoadAllocations,
    })
    .from(sessions)
    .innerJoin(stations, eq(stations.id, sessions.stationId))
    .leftJoin(
      connectors,
      and(
        eq(connectors.stationId, sessions.stationId),
        eq(connectors.connectorId, sessions.connectorId),
      ),
    )
    .leftJoin(siteLoadAllocations, eq(siteLoadAllocations.sessionId, sessions.id))
    .where(and(eq(stations.siteId, siteId), eq(sessions.status, 'CHARGING')))
    .orderBy(asc(sql`coalesce(${sessions.startedAt}, ${sessions.createdAt})`), asc(sessions.id));
  return { site, sessions: rows };
}

export type TSiteSessions = NonNullable<Awaited<ReturnType<typeof readSiteSessions>>>;
export type TSiteSession = TSiteSessions['sessions'][number];

/** A connector without a configured rating is capped only by the site's limit. */
export function maxPowerOf(session: Pick<TSiteSession, 'ratingW'>, limitW: number): number {
  return session.ratingW && session.ratingW > 0 ? session.ratingW : limitW;
}

/** The car's draw, when the reading came after its current grant took effect. */
export function drawSinceGrant(session: TSiteSession): number | null {
  if (session.lastPowerW === null || !session.lastMeterAt) return null;
  const grantedAt = session.allocation?.grantedAt;
  if (grantedAt && session.lastMeterAt <= grantedAt) return null;
  return session.lastPowerW;
}
