import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { sessions } from '@/db/schema';
import { recordAnomalies } from '@/lib/anomalies/record-anomaly';
import { clearTransactionProfiles } from '@/lib/smart-charging/clear-transaction-profiles';

export const ZOMBIE_STOP_REASON = 'ZombieClosed';

export interface ClosedZombie {
  sessionId: string;
  stationId: string;
  connectorId: number;
  userId: string | null;
}

/**
 * Closes sessions a charger abandoned (it went away mid-session and never sent their
 * StopTransaction): FAILED, stop reason ZombieClosed, energy and end time from the last meter
 * reading (event time, as billing wants), each flagged `zombie_transaction`. Only sessions
 * still CHARGING are touched, so nodes racing on the same session close it once.
 */
export async function closeZombieSessions(
  db: Executor,
  sessionIds: string[],
  why: string,
): Promise<ClosedZombie[]> {
  if (sessionIds.length === 0) return [];
  return db.transaction(async (tx) => {
    const closed = await tx
      .update(sessions)
      .set({
        status: 'FAILED',
        stopReason: ZOMBIE_STOP_REASON,
        stoppedAt: sql`coalesce(${sessions.lastMeterAt}, ${sessions.startedAt}, now())`,
        meterStopWh: sql`coalesce(${sessions.lastMeterWh}, ${sessions.meterStartWh})`,
        energyWh: sql`greatest(${sessions.energyWh}, coalesce(${sessions.lastMeterWh} - ${sessions.meterStartWh}, 0))`,
        updatedAt: sql`now()`,
      })
      .where(and(inArray(sessions.id, sessionIds), eq(sessions.status, 'CHARGING')))
      .returning();
    for (const session of closed) {
      if (session.transactionId === null) continue;
      await clearTransactionProfiles(
        tx,
        session.stationId,
        session.transactionId,
        session.connectorId,
      );
    }
    await recordAnomalies(
      tx,
      closed.map((session) => ({
        stationId: session.stationId,
        kind: 'zombie_transaction',
        message: `Transaction ${session.transactionId} on connector ${session.connectorId} was closed without a StopTransaction: ${why}`,
        details: {
          transactionId: session.transactionId,
          sessionId: session.id,
          connectorId: session.connectorId,
          energyWh: session.energyWh,
          lastMeterAt: session.lastMeterAt?.toISOString() ?? null,
          why,
        },
      })),
    );
    return closed.map((session) => ({
      sessionId: session.id,
      stationId: session.stationId,
      connectorId: session.connectorId,
      userId: session.userId,
    }));
  });
}
