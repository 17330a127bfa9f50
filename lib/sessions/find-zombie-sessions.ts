import { and, eq, gte, inArray, lt, or, sql } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { connectors, sessions, stations } from '@/db/schema';

/** Connector states in which no transaction can be running on it. */
export const IDLE_CONNECTOR_STATUSES = [
  'Available',
  'Preparing',
  'Faulted',
  'Unavailable',
] as const;

/** The station's sessions still CHARGING, with the connector each runs on. */
export async function listChargingSessions(db: Executor, stationId: string) {
  return db
    .select({ sessionId: sessions.id, connectorId: sessions.connectorId })
    .from(sessions)
    .where(and(eq(sessions.stationId, stationId), eq(sessions.status, 'CHARGING')));
}

/**
 * Of the given sessions, those still CHARGING whose connector has since reported a state
 * without a transaction, at or after the session started (an older report says nothing).
 */
export async function findSessionsOnIdleConnectors(
  db: Executor,
  sessionIds: string[],
): Promise<string[]> {
  if (sessionIds.length === 0) return [];
  const rows = await db
    .select({ id: sessions.id })
    .from(sessions)
    .innerJoin(
      connectors,
      and(
        eq(connectors.stationId, sessions.stationId),
        eq(connectors.connectorId, sessions.connectorId),
      ),
    )
    .where(
      and(
        inArray(sessions.id, sessionIds),
        eq(sessions.status, 'CHARGING'),
        inArray(connectors.status, [...IDLE_CONNECTOR_STATUSES]),
        gte(connectors.statusAt, sql`coalesce(${sessions.startedAt}, ${sessions.createdAt})`),
      ),
    );
  return rows.map((row) => row.id);
}

/** CHARGING sessions of stations offline (not heard from) for longer than `offlineForS`. */
export async function findAbandonedSessions(db: Executor, offlineForS: number): Promise<string[]> {
  const cutoff = sql`now() - make_interval(secs => ${offlineForS})`;
  const rows = await db
    .select({ id: sessions.id })
    .from(sessions)
    .innerJoin(stations, eq(stations.id, sessions.stationId))
    .where(
      and(
        eq(sessions.status, 'CHARGING'),
        eq(stations.connectionState, 'offline'),
        or(
          lt(stations.lastSeenAt, cutoff),
          and(sql`${stations.lastSeenAt} is null`, lt(sessions.updatedAt, cutoff)),
        ),
      ),
    );
  return rows.map((row) => row.id);
}
