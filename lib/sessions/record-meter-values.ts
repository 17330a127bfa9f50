import { inArray } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { sessions } from '@/db/schema';
import { recordAnomalies, type AnomalyInput } from '@/lib/anomalies/record-anomaly';
import {
  flattenMeterValues,
  type MeterValueInput,
  type NewMeterSample,
} from './flatten-meter-values';
import { insertMeterSamples } from './insert-meter-samples';
import { isStoredTransactionId } from './is-stored-transaction-id';
import { updateLiveReadings } from './update-live-readings';

export interface MeterValuesMessage {
  stationId: string;
  connectorId: number;
  transactionId: number | null;
  meterValue: MeterValueInput[];
  /** Problems the caller found in the message (e.g. future timestamps), stored with it. */
  anomalies?: AnomalyInput[];
}

export interface UpdatedSession {
  sessionId: string;
  stationId: string;
  connectorId: number;
  userId: string | null;
}

type SessionRef = {
  id: string;
  stationId: string;
  transactionId: number | null;
  userId: string | null;
};

/**
 * Stores the samples of many MeterValues messages (from any stations) in one transaction and
 * moves each charging session's live reading forward. A transactionId that is not one of the
 * station's sessions still has its samples stored, without a session, and is recorded as an
 * anomaly. Returns the sessions whose live reading changed.
 */
export async function recordMeterValues(
  db: Executor,
  messages: MeterValuesMessage[],
): Promise<UpdatedSession[]> {
  return db.transaction(async (tx) => {
    const transactionIds = [
      ...new Set(
        messages.flatMap((m) =>
          m.transactionId !== null && isStoredTransactionId(m.transactionId)
            ? [m.transactionId]
            : [],
        ),
      ),
    ];
    const found: SessionRef[] = transactionIds.length
      ? await tx
          .select({
            id: sessions.id,
            stationId: sessions.stationId,
            transactionId: sessions.transactionId,
            userId: sessions.userId,
          })
          .from(sessions)
          .where(inArray(sessions.transactionId, transactionIds))
      : [];
    const byTransactionId = new Map(found.map((s) => [s.transactionId, s]));

    const rows: NewMeterSample[] = [];
    const anomalies: AnomalyInput[] = [];
    const perSession = new Map<string, { ref: UpdatedSession; rows: NewMeterSample[] }>();
    for (const message of messages) {
      anomalies.push(...(message.anomalies ?? []));
      const candidate =
        message.transactionId === null ? undefined : byTransactionId.get(message.transactionId);
      const session = candidate?.stationId === message.stationId ? candidate : undefined;
      if (message.transactionId !== null && !session) {
        anomalies.push({
          stationId: message.stationId,
          kind: 'unknown_transaction',
          message: `MeterValues for unknown transaction ${message.transactionId}`,
          details: { transactionId: message.transactionId, connectorId: message.connectorId },
        });
      }
      const flat = flattenMeterValues(
        {
          stationId: message.stationId,
          connectorId: message.connectorId,
          sessionId: session?.id ?? null,
          // Kept for the record when it fits the integer column (-1 and other unknown ids too).
          transactionId:
            message.transactionId !== null && Math.abs(message.transactionId) <= 2_147_483_647
              ? message.transactionId
              : null,
        },
        message.meterValue,
      );
      if (flat.unreadable > 0) {
        anomalies.push({
          stationId: message.stationId,
          kind: 'unreadable_sample',
          message: `${flat.unreadable} sampled value(s) were not numbers`,
          details: { transactionId: message.transactionId, connectorId: message.connectorId },
        });
      }
      rows.push(...flat.rows);
      if (session && flat.rows.length > 0) {
        const entry = perSession.get(session.id) ?? {
          ref: {
            sessionId: session.id,
            stationId: session.stationId,
            connectorId: message.connectorId,
            userId: session.userId,
          },
          rows: [],
        };
        entry.rows.push(...flat.rows);
        perSession.set(session.id, entry);
      }
    }

    await insertMeterSamples(tx, rows);
    await recordAnomalies(tx, anomalies);
    const updated = await updateLiveReadings(
      tx,
      [...perSession.values()].map((entry) => ({
        sessionId: entry.ref.sessionId,
        rows: entry.rows,
      })),
    );
    return [...perSession.values()].filter((e) => updated.has(e.ref.sessionId)).map((e) => e.ref);
  });
}
