import { and, eq, sql } from 'drizzle-orm';
import type { Executor, Transaction } from '@/db/client';
import { sessions, unmatchedStops } from '@/db/schema';
import { recordAnomalies, type AnomalyInput } from '@/lib/anomalies/record-anomaly';
import { authorizeIdTag, type IdTagAuthorization } from '@/lib/id-tags/authorize-id-tag';
import { flattenMeterValues, type MeterValueInput } from './flatten-meter-values';
import { insertMeterSamples } from './insert-meter-samples';
import { isStoredTransactionId } from './is-stored-transaction-id';
import { ZOMBIE_STOP_REASON } from './close-zombie-sessions';
import { finalizeSessionCost } from './finalize-session-cost';
import { clearTransactionProfiles } from '@/lib/smart-charging/clear-transaction-profiles';

export interface TransactionStopInput {
  stationId: string;
  transactionId: number;
  idTag: string | null;
  meterStopWh: number;
  /** The charger's timestamp: billing uses event time. */
  stoppedAt: Date;
  reason: string | null;
  transactionData: MeterValueInput[];
  /** Problems the caller found in the message, recorded unless the stop is a replay. */
  anomalies?: AnomalyInput[];
}

export interface TransactionStop {
  idTagInfo?: IdTagAuthorization['idTagInfo'];
  /** The session finalised by this message; null for a replay or an unknown transaction. */
  stopped: { sessionId: string; connectorId: number; userId: string | null } | null;
}

const INT32_MAX = 2_147_483_647;

/**
 * Finalises the session of a StopTransaction. Business problems never fail the message: an
 * unknown transaction (or -1) is kept as an unmatched stop (its start may still arrive, see
 * claim-unmatched-stop.ts) and flagged, a meter going backwards is flagged, and a replayed stop
 * of a finished session changes nothing. A session the zombie policy closed is finalised with
 * the charger's own data when its stop turns up after all, and one stopped over the API is
 * reconciled with the charger's final meter. Every finalisation prices the session, replacing
 * any earlier cost, so nothing is billed twice.
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
      if (await keepUnmatchedStop(tx, input)) {
        await recordAnomalies(tx, [
          ...(input.anomalies ?? []),
          anomaly(
            'unknown_transaction',
            `StopTransaction for unknown transaction ${input.transactionId}`,
          ),
        ]);
      }
      return { idTagInfo, stopped: null };
    }
    const zombieClosed = session.status === 'FAILED' && session.stopReason === ZOMBIE_STOP_REASON;
    // Stopped over the API and finalised then; the charger's own stop now reconciles it.
    const reconciling = session.status === 'STOPPED' && session.chargerStoppedAt === null;
    if (session.status !== 'CHARGING' && !zombieClosed && !reconciling) {
      return { idTagInfo, stopped: null };
    }

    const meterStartWh = session.meterStartWh ?? input.meterStopWh;
    const found = [...(input.anomalies ?? [])];
    if (input.meterStopWh < meterStartWh) {
      found.push(
        anomaly(
          'meter_stop_before_start',
          `meterStop ${input.meterStopWh} Wh is below meterStart ${meterStartWh} Wh`,
        ),
      );
    }
    await recordAnomalies(tx, found);
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
    const reason = input.reason ?? 'Local';
    await tx
      .update(sessions)
      .set({
        // A remote stop (ours) is the driver's or operator's; any other ends as COMPLETED.
        ...(reconciling
          ? {}
          : { status: reason === 'Remote' ? 'STOPPED' : 'COMPLETED', stopReason: reason }),
        stoppedAt: input.stoppedAt,
        meterStopWh: input.meterStopWh,
        lastMeterWh: input.meterStopWh,
        lastMeterAt: input.stoppedAt,
        energyWh: Math.max(0, input.meterStopWh - meterStartWh),
        chargerStoppedAt: sql`now()`,
        updatedAt: sql`now()`,
      })
      .where(eq(sessions.id, session.id));
    await clearTransactionProfiles(tx, input.stationId, input.transactionId, session.connectorId);
    await finalizeSessionCost(tx, session.id);
    return {
      idTagInfo,
      stopped: { sessionId: session.id, connectorId: session.connectorId, userId: session.userId },
    };
  });
}

/**
 * Stores an unknown stop (once: a replay finds it stored and returns false) and its samples,
 * without a session, under the id it named. Connector 0: a stop does not say which it was.
 */
async function keepUnmatchedStop(tx: Transaction, input: TransactionStopInput): Promise<boolean> {
  const [kept] = await tx
    .insert(unmatchedStops)
    .values({
      stationId: input.stationId,
      transactionId: input.transactionId,
      idTag: input.idTag,
      meterStopWh: input.meterStopWh,
      stoppedAt: input.stoppedAt,
      reason: input.reason,
      transactionData: input.transactionData,
    })
    .onConflictDoNothing()
    .returning({ id: unmatchedStops.id });
  if (!kept) return false;
  const { rows } = flattenMeterValues(
    {
      stationId: input.stationId,
      connectorId: 0,
      sessionId: null,
      transactionId: Math.abs(input.transactionId) <= INT32_MAX ? input.transactionId : null,
    },
    input.transactionData,
  );
  await insertMeterSamples(tx, rows);
  return true;
}
