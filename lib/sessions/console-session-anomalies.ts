import { and, desc, eq, or, sql } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { anomalies } from '@/db/schema';

/**
 * Anomalies about one session: those of its station whose details name the session or its
 * transaction (meter, stop and zombie anomalies record them there). The station index narrows
 * the scan; the details match is checked on those rows only.
 */
export async function listConsoleSessionAnomalies(
  db: Executor,
  session: { id: string; stationId: string; transactionId: number | null },
) {
  const rows = await db
    .select({
      id: anomalies.id,
      kind: anomalies.kind,
      message: anomalies.message,
      details: anomalies.details,
      createdAt: anomalies.createdAt,
    })
    .from(anomalies)
    .where(
      and(
        eq(anomalies.stationId, session.stationId),
        or(
          sql`${anomalies.details}->>'sessionId' = ${session.id}`,
          session.transactionId === null
            ? undefined
            : sql`${anomalies.details}->>'transactionId' = ${String(session.transactionId)}`,
        ),
      ),
    )
    .orderBy(desc(anomalies.createdAt))
    .limit(100);
  return rows.map((row) => ({ ...row, createdAt: row.createdAt.toISOString() }));
}

export type TConsoleSessionAnomaly = Awaited<
  ReturnType<typeof listConsoleSessionAnomalies>
>[number];
