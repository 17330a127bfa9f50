import { and, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Executor, Transaction } from '@/db/client';
import { snapshotTariff } from '@/lib/billing/snapshot-tariff';
import { sessions } from '@/db/schema';
import { recordAnomalies, type AnomalyInput } from '@/lib/anomalies/record-anomaly';
import { authorizeIdTag, type IdTagAuthorization } from '@/lib/id-tags/authorize-id-tag';
import { consumeReservation } from '@/lib/reservations/consume-reservation';
import { claimUnmatchedStop } from './claim-unmatched-stop';

export interface TransactionStartInput {
  stationId: string;
  connectorId: number;
  idTag: string;
  meterStartWh: number;
  /** The charger's timestamp: billing uses event time. */
  startedAt: Date;
  /** The reservation the charger says this transaction uses; it becomes Used. */
  reservationId?: number;
  /** Problems the caller found in the message, recorded with the session (not for replays). */
  anomalies?: AnomalyInput[];
}

export interface TransactionStart {
  transactionId: number;
  sessionId: string;
  userId: string | null;
  /** False when this was a replay of a start already recorded. */
  created: boolean;
  /** True when a stop that arrived earlier completed the new session at once. */
  completed: boolean;
  idTagInfo: IdTagAuthorization['idTagInfo'];
}

/**
 * The remote start this StartTransaction answers: a request on the same connector with the
 * same tag that was sent to the charger (PENDING out of the queue, or APPROVED). The newest wins.
 */
async function findOpenRequest(
  tx: Transaction,
  key: { stationId: string; connectorId: number; idTag: string },
) {
  const [request] = await tx
    .select({ id: sessions.id, userId: sessions.userId })
    .from(sessions)
    .where(
      and(
        eq(sessions.stationId, key.stationId),
        eq(sessions.connectorId, key.connectorId),
        eq(sessions.idTag, key.idTag),
        inArray(sessions.status, ['PENDING', 'APPROVED']),
        isNull(sessions.queuedAt),
      ),
    )
    .orderBy(desc(sessions.createdAt))
    .limit(1)
    .for('update');
  return request;
}

/**
 * Creates the CHARGING session for a StartTransaction, or turns the remote start it answers
 * (an APPROVED request) into it, with the tariff frozen as it is now. Idempotent: a replayed identical start
 * hits sessions_start_dedupe_uq, creates nothing and gets the transactionId handed out first.
 * A tag that is not Accepted still gets a transaction, as OCPP requires; the charger decides
 * whether to stop it. A new session whose stop already arrived is completed with it.
 */
export async function recordTransactionStart(
  db: Executor,
  input: TransactionStartInput,
): Promise<TransactionStart> {
  return db.transaction(async (tx) => {
    const authorization = await authorizeIdTag(tx, input.idTag);
    const key = {
      stationId: input.stationId,
      connectorId: input.connectorId,
      idTag: input.idTag,
      startedAt: input.startedAt,
      meterStartWh: input.meterStartWh,
    };
    const columns = {
      id: sessions.id,
      transactionId: sessions.transactionId,
      userId: sessions.userId,
    };
    const byKey = and(
      eq(sessions.stationId, key.stationId),
      eq(sessions.connectorId, key.connectorId),
      eq(sessions.idTag, key.idTag),
      eq(sessions.startedAt, key.startedAt),
      eq(sessions.meterStartWh, key.meterStartWh),
    );
    const [replayed] = await tx.select(columns).from(sessions).where(byKey).limit(1);
    const tariff = replayed ? null : await snapshotTariff(tx, input.stationId);
    const started = {
      ...key,
      transactionId: sql<number>`nextval('transaction_id_seq')`,
      status: 'CHARGING' as const,
      lastMeterWh: input.meterStartWh,
      lastMeterAt: input.startedAt,
      expiresAt: null,
      ...(tariff ?? {}),
      updatedAt: sql`now()`,
    };
    const request = replayed ? undefined : await findOpenRequest(tx, key);
    const [inserted] = replayed
      ? []
      : request
        ? await tx
            .update(sessions)
            .set({ ...started, userId: request.userId ?? authorization.userId })
            .where(eq(sessions.id, request.id))
            .returning(columns)
        : await tx
            .insert(sessions)
            .values({ ...started, userId: authorization.userId })
            .onConflictDoNothing({
              target: [
                sessions.stationId,
                sessions.connectorId,
                sessions.idTag,
                sessions.startedAt,
                sessions.meterStartWh,
              ],
            })
            .returning(columns);
    const session =
      inserted ?? replayed ?? (await tx.select(columns).from(sessions).where(byKey).limit(1))[0];
    if (!session || session.transactionId === null) {
      throw new Error(`no session for StartTransaction on station ${input.stationId}`);
    }
    const created = inserted !== undefined;
    const stopBeforeStart = created
      ? await claimUnmatchedStop(tx, { ...key, sessionId: session.id })
      : null;
    if (created && input.reservationId !== undefined) {
      await consumeReservation(tx, {
        stationId: input.stationId,
        reservationId: input.reservationId,
      });
    }
    if (created) {
      await recordAnomalies(tx, [
        ...(input.anomalies ?? []),
        ...(stopBeforeStart ? [stopBeforeStart] : []),
      ]);
    }
    return {
      transactionId: session.transactionId,
      sessionId: session.id,
      userId: session.userId,
      created,
      completed: stopBeforeStart !== null,
      idTagInfo: authorization.idTagInfo,
    };
  });
}
