import { and, eq, isNotNull, isNull, lte } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { sessions } from '@/db/schema';

/** The car stopped drawing (full, or its own schedule) or the transaction is winding down. */
const IDLE_STATUSES = new Set(['SuspendedEV', 'Finishing']);

/**
 * Keeps the charging → idle boundary of the connector's running session, where the idle fee
 * clock starts: set at the first SuspendedEV/Finishing, cleared when the car draws again
 * (Charging), so an idle fee only counts the idle time after the car last charged.
 */
export async function recordChargingBoundary(
  db: Executor,
  input: { stationId: string; connectorId: number; status: string; statusAt: Date },
): Promise<void> {
  const running = and(
    eq(sessions.stationId, input.stationId),
    eq(sessions.connectorId, input.connectorId),
    eq(sessions.status, 'CHARGING'),
  );
  if (IDLE_STATUSES.has(input.status)) {
    await db
      .update(sessions)
      .set({ chargingEndedAt: input.statusAt })
      .where(
        and(running, isNull(sessions.chargingEndedAt), lte(sessions.startedAt, input.statusAt)),
      );
  } else if (input.status === 'Charging') {
    await db
      .update(sessions)
      .set({ chargingEndedAt: null })
      .where(
        and(
          running,
          isNotNull(sessions.chargingEndedAt),
          lte(sessions.chargingEndedAt, input.statusAt),
        ),
      );
  }
}
