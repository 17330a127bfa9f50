import { and, count, desc, eq, inArray, isNotNull, isNull, sql } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { sessions, vehicles } from '@/db/schema';
import type { TQueueOccupant } from '@/lib/sessions/estimate-queue';
import { OPEN_SESSION_STATUSES } from '@/lib/sessions/session-states';
import {
  DEFAULT_TYPICAL_SECONDS,
  MIN_SESSIONS_FOR_TYPICAL,
  TYPICAL_WINDOW_DAYS,
  typicalSessionsWhere,
} from '@/lib/sessions/session-read-typical-duration';

export interface TConnectorQueue {
  queueLength: number;
  occupant: TQueueOccupant | null;
}

export interface TQueueStats {
  /** By `${stationId}:${connectorId}`; absent connectors have no queue and no occupant. */
  connectors: Map<string, TConnectorQueue>;
  typicalSecondsOf: (stationId: string) => number;
}

export const connectorKey = (stationId: string, connectorId: number) =>
  `${stationId}:${connectorId}`;

/**
 * Queues, occupants and typical session lengths of many stations in three set-based queries:
 * the batch form of getQueueLength / getQueuePosition (lib/sessions/estimate-queue.ts) and
 * getTypicalSessionSeconds, with the same definitions, for lists of up to thousands of stations.
 */
export async function loadQueueStats(
  db: Executor,
  stationIds: string[],
  now: Date,
): Promise<TQueueStats> {
  const connectors = new Map<string, TConnectorQueue>();
  if (stationIds.length === 0) {
    return { connectors, typicalSecondsOf: () => DEFAULT_TYPICAL_SECONDS };
  }
  const [queues, occupants, typical] = await Promise.all([
    db
      .select({ stationId: sessions.stationId, connectorId: sessions.connectorId, n: count() })
      .from(sessions)
      .where(
        and(
          inArray(sessions.stationId, stationIds),
          eq(sessions.status, 'PENDING'),
          isNotNull(sessions.queuedAt),
        ),
      )
      .groupBy(sessions.stationId, sessions.connectorId),
    db
      .selectDistinctOn([sessions.stationId, sessions.connectorId], {
        stationId: sessions.stationId,
        connectorId: sessions.connectorId,
        since:
          sql<Date>`coalesce(${sessions.startedAt}, ${sessions.approvedAt}, ${sessions.createdAt})`.mapWith(
            sessions.createdAt,
          ),
        socPercent: sessions.socPercent,
        lastPowerW: sessions.lastPowerW,
        batteryCapacityWh: vehicles.batteryCapacityWh,
      })
      .from(sessions)
      .leftJoin(vehicles, eq(vehicles.id, sessions.vehicleId))
      .where(
        and(
          inArray(sessions.stationId, stationIds),
          inArray(sessions.status, [...OPEN_SESSION_STATUSES]),
          isNull(sessions.queuedAt),
        ),
      )
      .orderBy(sessions.stationId, sessions.connectorId, desc(sessions.createdAt)),
    loadTypicalSeconds(db, stationIds, now),
  ]);
  for (const q of queues) {
    connectors.set(connectorKey(q.stationId, q.connectorId), { queueLength: q.n, occupant: null });
  }
  for (const o of occupants) {
    const key = connectorKey(o.stationId, o.connectorId);
    const entry = connectors.get(key) ?? { queueLength: 0, occupant: null };
    entry.occupant = {
      elapsedSeconds: Math.max(0, (now.getTime() - o.since.getTime()) / 1000),
      socPercent: o.socPercent,
      batteryCapacityWh: o.batteryCapacityWh,
      lastPowerW: o.lastPowerW,
    };
    connectors.set(key, entry);
  }
  return { connectors, typicalSecondsOf: typical };
}

/** getTypicalSessionSeconds for many stations: the station's mean, else everyone's, else 45 min. */
async function loadTypicalSeconds(db: Executor, stationIds: string[], now: Date) {
  const since = new Date(now.getTime() - TYPICAL_WINDOW_DAYS * 86_400_000);
  const seconds = sql`extract(epoch from ${sessions.stoppedAt} - ${sessions.startedAt})`;
  const ended = typicalSessionsWhere(since);
  const [perStation, [overall]] = await Promise.all([
    db
      .select({
        stationId: sessions.stationId,
        n: count(),
        mean: sql<number>`avg(${seconds})::float8`,
      })
      .from(sessions)
      .where(and(ended, inArray(sessions.stationId, stationIds)))
      .groupBy(sessions.stationId),
    db
      .select({ n: count(), mean: sql<number | null>`avg(${seconds})::float8` })
      .from(sessions)
      .where(ended),
  ]);
  const fallback =
    overall && overall.n >= MIN_SESSIONS_FOR_TYPICAL && overall.mean !== null
      ? overall.mean
      : DEFAULT_TYPICAL_SECONDS;
  const byStation = new Map(
    perStation.filter((s) => s.n >= MIN_SESSIONS_FOR_TYPICAL).map((s) => [s.stationId, s.mean]),
  );
  return (stationId: string) => byStation.get(stationId) ?? fallback;
}
