import { and, count, desc, eq, isNotNull, sql } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { sessions, vehicles } from '@/db/schema';
import { occupyingConnector } from './session-states';
import { getTypicalSessionSeconds } from './session-read-typical-duration';

export interface TQueuePosition {
  /** 1 = next in line. */
  position: number;
  estimatedWaitSeconds: number;
}

/** The session holding the connector now, as far as its progress is known. */
export interface TQueueOccupant {
  elapsedSeconds: number;
  socPercent: number | null;
  batteryCapacityWh: number | null;
  lastPowerW: number | null;
}

export interface TQueueEstimateInput {
  /** Queued requests ahead of this one at the same connector. */
  ahead: number;
  typicalSeconds: number;
  occupant: TQueueOccupant | null;
}

/** The car still has to finish, unplug and leave, however close to done it looks. */
export const MIN_OCCUPANT_REMAINING_SECONDS = 5 * 60;

/**
 * Position and wait of a queued request: the occupant's remaining time (energy to a full battery
 * at its current power when SoC, capacity and power are known, else typical − elapsed; at least
 * 5 minutes either way; 0 with no occupant) plus one typical session per request ahead.
 */
export function estimateQueueWait(input: TQueueEstimateInput): TQueuePosition {
  const { ahead, typicalSeconds, occupant } = input;
  return {
    position: ahead + 1,
    estimatedWaitSeconds: Math.round(
      (occupant ? occupantRemainingSeconds(occupant, typicalSeconds) : 0) + ahead * typicalSeconds,
    ),
  };
}

function occupantRemainingSeconds(occupant: TQueueOccupant, typicalSeconds: number): number {
  const { socPercent, batteryCapacityWh, lastPowerW } = occupant;
  const remaining =
    socPercent !== null && batteryCapacityWh !== null && lastPowerW !== null && lastPowerW > 0
      ? ((batteryCapacityWh * Math.max(0, 100 - socPercent)) / 100 / lastPowerW) * 3600
      : typicalSeconds - occupant.elapsedSeconds;
  return Math.max(MIN_OCCUPANT_REMAINING_SECONDS, remaining);
}

/** The requests waiting in a connector's queue. */
function inQueueOf(connector: { stationId: string; connectorId: number }) {
  return and(
    eq(sessions.stationId, connector.stationId),
    eq(sessions.connectorId, connector.connectorId),
    eq(sessions.status, 'PENDING'),
    isNotNull(sessions.queuedAt),
  );
}

/** How many requests wait in a connector's queue. */
export async function getQueueLength(
  db: Executor,
  connector: { stationId: string; connectorId: number },
): Promise<number> {
  const [row] = await db.select({ n: count() }).from(sessions).where(inQueueOf(connector));
  return row?.n ?? 0;
}

/** Where a queued request stands and how long it may wait; null when it is not queued. */
export async function getQueuePosition(
  db: Executor,
  sessionId: string,
  now: Date = new Date(),
): Promise<TQueuePosition | null> {
  const [mine] = await db
    .select({
      stationId: sessions.stationId,
      connectorId: sessions.connectorId,
      // PostgreSQL's text keeps the microseconds a JS Date would drop.
      queuedAt: sql<string>`${sessions.queuedAt}::text`,
    })
    .from(sessions)
    .where(
      and(eq(sessions.id, sessionId), eq(sessions.status, 'PENDING'), isNotNull(sessions.queuedAt)),
    );
  if (!mine) return null;
  const [ahead] = await db
    .select({ n: count() })
    .from(sessions)
    .where(
      and(
        inQueueOf(mine),
        sql`(${sessions.queuedAt}, ${sessions.id}) < (${mine.queuedAt}::timestamptz, ${sessionId}::uuid)`,
      ),
    );
  const [typicalSeconds, occupant] = await Promise.all([
    getTypicalSessionSeconds(db, mine.stationId, now),
    findOccupant(db, mine, now),
  ]);
  return estimateQueueWait({ ahead: ahead?.n ?? 0, typicalSeconds, occupant });
}

/** The open, unqueued session on the connector (the one that holds it), if any. */
async function findOccupant(
  db: Executor,
  connector: { stationId: string; connectorId: number },
  now: Date,
): Promise<TQueueOccupant | null> {
  const [row] = await db
    .select({
      startedAt: sessions.startedAt,
      approvedAt: sessions.approvedAt,
      createdAt: sessions.createdAt,
      socPercent: sessions.socPercent,
      lastPowerW: sessions.lastPowerW,
      batteryCapacityWh: vehicles.batteryCapacityWh,
    })
    .from(sessions)
    .leftJoin(vehicles, eq(vehicles.id, sessions.vehicleId))
    .where(occupyingConnector(connector))
    .orderBy(desc(sessions.createdAt))
    .limit(1);
  if (!row) return null;
  const since = row.startedAt ?? row.approvedAt ?? row.createdAt;
  return {
    elapsedSeconds: Math.max(0, (now.getTime() - since.getTime()) / 1000),
    socPercent: row.socPercent,
    batteryCapacityWh: row.batteryCapacityWh,
    lastPowerW: row.lastPowerW,
  };
}
