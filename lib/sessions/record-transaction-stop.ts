import { and, eq, sql } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { sessions } from '@/db/schema';
import { recordAnomalies, type AnomalyInput } from '@/lib/anomalies/record-anomaly';
import { authorizeIdTag, type IdTagAuthorization } from '@/lib/id-tags/authorize-id-tag';
import { flattenMeterValues, type MeterValueInput } from './flatten-meter-values';
import { insertMeterSamples } from './insert-meter-samples';
import { isStoredTransactionId } from './is-stored-transaction-id';

export interface TransactionStopInput {
  stationId: string;
  transactionId: number;
  idTag: string | null;
  meterStopWh: number;
  /** The charger's timestamp: billing uses event time. */
  stoppedAt: Date;
  reason: string | null;
  transactionData: MeterValueInput[];
}

export interface TransactionStop {
  idTagInfo?: IdTagAuthorization['idTagInfo'];
  /** The session finalised by this message; null for a replay or an unknown transaction. */
  stopped: { sessionId: string; connectorId: number; userId: string | null } | null;
}

/**
 * Finalises the session of a StopTransaction. Business problems never fail the message: an
 * unknown transaction (or -1) and a meter going backwards are recorded as anomalies, and a
 * replayed stop of a finished session changes nothing.
 */
export async function recordTransactionStop(
  db: Executor,
  input: TransactionStopInput,
): Promise<TransactionStop> {
  return db.transaction(async (tx) => {
    const idTagInfo = input.idTag ? (await authorizeIdTag(tx, input.idTag)).idTagInfo : undefined;
    const [session] = isStoredTransactionId(input.transactionId)
      ? await tx
          .select()
          .from(sessions)
          .where(
            and(
              eq(sessions.transactionId, input.transactionId),
              eq(sessions.stationId, input.stationId),
            ),
          )
          .for('update')
      : [];
    const anomaly = (kind: AnomalyInput['kind'], message: string): AnomalyInput => ({
      stationId: input.stationId,
      kind,
      message,
      details: { transactionId: input.transactionId, meterStop: input.meterStopWh },
    });
    if (!session) {
      await recordAnomalies(tx, [
        anomaly(
          'unknown_transaction',
          `StopTransaction for unknown transaction ${input.transactionId}`,
        ),
      ]);
      return { idTagInfo, stopped: null };
    }
    if (session.status !== 'CHARGING') return { idTagInfo, stopped: null };

    const meterStartWh = session.meterStartWh ?? input.meterStopWh;
    if (input.meterStopWh < meterStartWh) {
      await recordAnomalies(tx, [
        anomaly(
          'meter_stop_before_start',
          `meterStop ${input.meterStopWh} Wh is below meterStart ${meterStartWh} Wh`,
        ),
      ]);
    }
    const { rows } = flattenMeterValues(
      {
        stationId: input.stationId,
        connectorId: session.connectorId,
        sessionId: session.id,
        transactionId: input.transactionId,
      },
      input.transactionData,
    );
    await insertMeterSamples(tx, rows);
    await tx
      .update(sessions)
      .set({
        status: 'COMPLETED',
        stoppedAt: input.stoppedAt,
        meterStopWh: input.meterStopWh,
        lastMeterWh: input.meterStopWh,
        lastMeterAt: input.stoppedAt,
        energyWh: Math.max(0, input.meterStopWh - meterStartWh),
        stopReason: input.reason ?? 'Local',
        updatedAt: sql`now()`,
      })
      .where(eq(sessions.id, session.id));
    return {
      idTagInfo,
      stopped: { sessionId: session.id, connectorId: session.connectorId, userId: session.userId },
    };
  });
}
