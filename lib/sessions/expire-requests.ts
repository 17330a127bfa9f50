import { and, eq, isNotNull, isNull, lt, sql } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { sessions } from '@/db/schema';
import { DEFAULT_QUEUE_TIMEOUT_S } from './session-states';

export interface TExpiredRequest {
  sessionId: string;
  stationId: string;
  connectorId: number;
  userId: string | null;
}

export interface TExpireRequestsInput {
  queueTimeoutS?: number | undefined;
  /** A PENDING request out of the queue whose start has been in flight longer than this. */
  dispatchTimeoutS?: number | undefined;
}

/**
 * Ends requests no charger took up, each with its reason: an APPROVED start whose car never
 * began (FAILED once expires_at passes), a queued request that waited too long (DENIED), and a
 * start left in flight by a process that stopped while waiting for the charger (DENIED). Each
 * update is atomic, so several nodes sweeping at once end every request exactly once.
 */
export async function expireRequests(
  db: Executor,
  input: TExpireRequestsInput = {},
): Promise<TExpiredRequest[]> {
  const returning = {
    sessionId: sessions.id,
    stationId: sessions.stationId,
    connectorId: sessions.connectorId,
    userId: sessions.userId,
  };
  const queueTimeoutS = input.queueTimeoutS ?? DEFAULT_QUEUE_TIMEOUT_S;
  const dispatchTimeoutS = input.dispatchTimeoutS ?? 120;
  const approved = await db
    .update(sessions)
    .set({
      status: 'FAILED',
      statusReason: 'Expired: the charger accepted the start but charging never began',
      expiresAt: null,
      updatedAt: sql`now()`,
    })
    .where(and(eq(sessions.status, 'APPROVED'), lt(sessions.expiresAt, sql`now()`)))
    .returning(returning);
  const queued = await db
    .update(sessions)
    .set({
      status: 'DENIED',
      statusReason: `Expired: no connector became free within ${Math.round(queueTimeoutS / 60)} minutes`,
      queuedAt: null,
      updatedAt: sql`now()`,
    })
    .where(
      and(
        eq(sessions.status, 'PENDING'),
        isNotNull(sessions.queuedAt),
        lt(sessions.queuedAt, sql`now() - ${queueTimeoutS} * interval '1 second'`),
      ),
    )
    .returning(returning);
  const stranded = await db
    .update(sessions)
    .set({
      status: 'DENIED',
      statusReason: 'The start request was interrupted before the charger answered',
      updatedAt: sql`now()`,
    })
    .where(
      and(
        eq(sessions.status, 'PENDING'),
        isNull(sessions.queuedAt),
        lt(sessions.updatedAt, sql`now() - ${dispatchTimeoutS} * interval '1 second'`),
      ),
    )
    .returning(returning);
  return [...approved, ...queued, ...stranded];
}
