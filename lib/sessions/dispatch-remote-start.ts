import { and, eq, sql } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { sessions } from '@/db/schema';
import type { EventHub } from '@/lib/events/event-hub';
import { publishEvent } from '@/lib/events/publish';
import {
  CommandRejectedError,
  sendCommand,
  type CommandOutcome,
} from '@/lib/commands/send-command';
import { DEFAULT_APPROVAL_TIMEOUT_S, type TSessionStatus } from './session-states';

export interface TSessionDeps {
  db: Executor;
  events: EventHub;
}

export interface TDispatchInput {
  sessionId: string;
  stationId: string;
  connectorId: number;
  idTag: string;
  userId: string | null;
  requestedBy: string | null;
  /**
   * What a start the charger did not accept leaves behind: 'discard' deletes the request (the
   * integrator API: no session row, the command row is the audit trail), 'deny' keeps it as
   * DENIED with the reason (a driver's request, which they watch).
   */
  onNotAccepted: 'discard' | 'deny';
  approvalTimeoutS?: number | undefined;
  commandTimeoutMs?: number | undefined;
}

export interface TDispatchResult {
  outcome: CommandOutcome | null;
  /** The session's status afterwards; null when it was discarded. */
  status: TSessionStatus | null;
  /** Why the charger did not take the start, in words; null when it did. */
  reason: string | null;
}

/**
 * Sends RemoteStartTransaction for a PENDING session that holds its connector and settles the
 * session on the answer: Accepted → APPROVED (the car then has approvalTimeoutS to start), any
 * other outcome → DENIED or discarded. A StartTransaction that already adopted the session
 * (a charger that answers late but starts) wins: the session stays CHARGING.
 */
export async function dispatchRemoteStart(
  deps: TSessionDeps,
  input: TDispatchInput,
): Promise<TDispatchResult> {
  let outcome: CommandOutcome | null = null;
  let reason: string | null;
  try {
    outcome = await sendCommand(deps, {
      stationId: input.stationId,
      action: 'RemoteStartTransaction',
      request: { connectorId: input.connectorId, idTag: input.idTag },
      requestedBy: input.requestedBy,
      sessionId: input.sessionId,
      ...(input.commandTimeoutMs ? { timeoutMs: input.commandTimeoutMs } : {}),
    });
    reason = notAcceptedReason(outcome);
  } catch (error) {
    if (!(error instanceof CommandRejectedError)) throw error;
    reason = error.message;
  }
  const { db } = deps;
  const stillPending = and(eq(sessions.id, input.sessionId), eq(sessions.status, 'PENDING'));
  if (reason === null) {
    const timeoutS = input.approvalTimeoutS ?? DEFAULT_APPROVAL_TIMEOUT_S;
    await db
      .update(sessions)
      .set({
        status: 'APPROVED',
        approvedAt: sql`now()`,
        expiresAt: sql`now() + ${timeoutS} * interval '1 second'`,
        updatedAt: sql`now()`,
      })
      .where(stillPending);
  } else if (input.onNotAccepted === 'deny') {
    await db
      .update(sessions)
      .set({ status: 'DENIED', statusReason: reason, updatedAt: sql`now()` })
      .where(stillPending);
  } else {
    await db.delete(sessions).where(stillPending);
  }
  // A StartTransaction may have adopted the session while the answer was on its way.
  const status = await currentStatus(db, input.sessionId);
  if (status === null) return { outcome, status: null, reason };
  await publishEvent(db, {
    type: 'session.updated',
    stationId: input.stationId,
    connectorId: input.connectorId,
    sessionId: input.sessionId,
    ...(input.userId ? { userId: input.userId } : {}),
  });
  return { outcome, status, reason: status === 'DENIED' ? reason : null };
}

async function currentStatus(db: Executor, sessionId: string): Promise<TSessionStatus | null> {
  const [row] = await db
    .select({ status: sessions.status })
    .from(sessions)
    .where(eq(sessions.id, sessionId));
  return row?.status ?? null;
}

/** Null when the charger accepted; otherwise what happened, as a driver would want it said. */
export function notAcceptedReason(outcome: CommandOutcome): string | null {
  switch (outcome.state) {
    case 'offline':
      return 'The charger is offline';
    case 'timeout':
      return 'The charger did not answer the start request in time';
    case 'failed':
      return `The charger answered the start request with an error (${outcome.error?.code ?? 'GenericError'})`;
    case 'answered':
      return outcome.ocppStatus === 'Accepted'
        ? null
        : `The charger rejected the start (${outcome.ocppStatus ?? 'no status'})`;
  }
}
