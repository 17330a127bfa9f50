import { and, asc, eq, gte, isNull, lte, or, sql } from 'drizzle-orm';
import type { Transaction } from '@/db/client';
import { meterValues, sessions, unmatchedStops } from '@/db/schema';
import type { AnomalyInput } from '@/lib/anomalies/record-anomaly';

export interface NewSessionStart {
  sessionId: string;
  stationId: string;
  idTag: string;
  meterStartWh: number;
  startedAt: Date;
}

/**
 * A StartTransaction that arrives after the StopTransaction of the same transaction (a charger
 * flushing its offline queue out of order; the stop then carried an id we never handed out):
 * the earliest unmatched stop of the station that ends at or after this start, with a meter
 * reading not below meterStart and the same idTag when it named one, completes the new session
 * at once. Stops of other transactions cannot match a live start: they would have to end after
 * it began, i.e. carry a timestamp in the future when they arrived. Returns the anomaly to
 * record, or null when no stop was waiting.
 */
export async function claimUnmatchedStop(
  tx: Transaction,
  start: NewSessionStart,
): Promise<AnomalyInput | null> {
  const [stop] = await tx
    .select()
    .from(unmatchedStops)
    .where(
      and(
        eq(unmatchedStops.stationId, start.stationId),
        isNull(unmatchedStops.sessionId),
        gte(unmatchedStops.stoppedAt, start.startedAt),
        gte(unmatchedStops.meterStopWh, start.meterStartWh),
        or(isNull(unmatchedStops.idTag), eq(unmatchedStops.idTag, start.idTag)),
      ),
    )
    .orderBy(asc(unmatchedStops.stoppedAt))
    .limit(1)
    .for('update', { skipLocked: true });
  if (!stop) return null;

  await tx
    .update(unmatchedStops)
    .set({ sessionId: start.sessionId })
    .where(eq(unmatchedStops.id, stop.id));
  await tx
    .update(sessions)
    .set({
      status: 'COMPLETED',
      stoppedAt: stop.stoppedAt,
      meterStopWh: stop.meterStopWh,
      lastMeterWh: stop.meterStopWh,
      lastMeterAt: stop.stoppedAt,
      energyWh: Math.max(0, stop.meterStopWh - start.meterStartWh),
      stopReason: stop.reason ?? 'Local',
      updatedAt: sql`now()`,
    })
    .where(eq(sessions.id, start.sessionId));
  // Samples stored under the stop's unknown id (its transactionData, early MeterValues) join it;
  // an id beyond the integer column was never stored with them.
  if (Math.abs(stop.transactionId) <= 2_147_483_647)
    await tx
      .update(meterValues)
      .set({ sessionId: start.sessionId })
      .where(
        and(
          eq(meterValues.stationId, start.stationId),
          eq(meterValues.transactionId, stop.transactionId),
          isNull(meterValues.sessionId),
          gte(meterValues.sampledAt, start.startedAt),
          lte(meterValues.sampledAt, stop.stoppedAt),
        ),
      );
  return {
    stationId: start.stationId,
    kind: 'stop_before_start',
    message: `StopTransaction (id ${stop.transactionId}, ${stop.stoppedAt.toISOString()}) arrived before its StartTransaction; the session was completed with it`,
    details: {
      stopTransactionId: stop.transactionId,
      sessionId: start.sessionId,
      stoppedAt: stop.stoppedAt.toISOString(),
      meterStop: stop.meterStopWh,
    },
  };
}
