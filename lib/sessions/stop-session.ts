import { and, eq, inArray, sql } from 'drizzle-orm';
import { sessions } from '@/db/schema';
import { ApiError } from '@/lib/api/api-error';
import {
  CommandRejectedError,
  sendCommand,
  type CommandOutcome,
} from '@/lib/commands/send-command';
import { publishEvent } from '@/lib/events/publish';
import { advanceQueue } from './advance-queue';
import type { TSessionDeps } from './dispatch-remote-start';
import { clearTransactionProfiles } from '@/lib/smart-charging/clear-transaction-profiles';
import { finalizeSessionCost } from './finalize-session-cost';
import { sessionsVisibleTo, type TSessionViewer } from './session-scope';

export interface TStopSessionInput {
  sessionId: string;
  caller: TSessionViewer;
  commandTimeoutMs?: number | undefined;
}

export interface TStopSessionResult {
  sessionId: string;
  /** The RemoteStopTransaction sent; null when the session had not started (it was cancelled). */
  outcome: CommandOutcome | null;
}

/**
 * Stops a session the caller may see (another driver's is 404). A CHARGING one gets
 * RemoteStopTransaction and is finalised and billed whatever the charger answers, at its latest
 * meter reading: STOPPED, stop reason Remote. The charger's own StopTransaction, whenever it
 * arrives, reconciles the final meter and replaces the cost (record-transaction-stop.ts). A
 * request not yet charging (PENDING, APPROVED) is CANCELLED, which frees its connector for
 * the queue. A finished session is a 409.
 */
export async function stopSession(
  deps: TSessionDeps,
  input: TStopSessionInput,
): Promise<TStopSessionResult> {
  const { db } = deps;
  const [session] = await db
    .select()
    .from(sessions)
    .where(and(eq(sessions.id, input.sessionId), sessionsVisibleTo(input.caller)));
  if (!session) throw new ApiError('not_found', 'Session not found');
  if (session.status === 'PENDING' || session.status === 'APPROVED') {
    await cancelRequest(deps, session, input.caller);
    return { sessionId: session.id, outcome: null };
  }
  if (session.status !== 'CHARGING' || session.transactionId === null) {
    throw new ApiError('conflict', `The session is already ${session.status}`);
  }
  const { transactionId } = session;
  let outcome: CommandOutcome | null = null;
  try {
    outcome = await sendCommand(deps, {
      stationId: session.stationId,
      action: 'RemoteStopTransaction',
      request: { transactionId: session.transactionId },
      requestedBy: input.caller.id,
      sessionId: session.id,
      ...(input.commandTimeoutMs ? { timeoutMs: input.commandTimeoutMs } : {}),
    });
  } catch (error) {
    // The station was deleted meanwhile: still finalise the session below.
    if (!(error instanceof CommandRejectedError)) throw error;
  }
  await db.transaction(async (tx) => {
    const [still] = await tx
      .select({ status: sessions.status })
      .from(sessions)
      .where(eq(sessions.id, session.id))
      .for('update');
    // The charger's StopTransaction got here first and finalised it with its own reading.
    if (still?.status !== 'CHARGING') return;
    await tx
      .update(sessions)
      .set({
        status: 'STOPPED',
        stopReason: 'Remote',
        stoppedAt: sql`now()`,
        meterStopWh: sql`coalesce(${sessions.lastMeterWh}, ${sessions.meterStartWh})`,
        energyWh: sql`greatest(0, coalesce(${sessions.lastMeterWh}, ${sessions.meterStartWh}) - ${sessions.meterStartWh})`,
        updatedAt: sql`now()`,
      })
      .where(eq(sessions.id, session.id));
    await clearTransactionProfiles(tx, session.stationId, transactionId, session.connectorId);
    await finalizeSessionCost(tx, session.id);
  });
  await publishEvent(db, {
    type: 'session.stopped',
    stationId: session.stationId,
    connectorId: session.connectorId,
    sessionId: session.id,
    ...(session.userId ? { userId: session.userId } : {}),
  });
  return { sessionId: session.id, outcome };
}

/**
 * Cancels a request that is not charging yet (PENDING, queued or not, or APPROVED), for a caller
 * who may see it; 404 otherwise, 409 once it started or ended.
 */
export async function cancelChargeRequest(
  deps: TSessionDeps,
  input: { sessionId: string; caller: TSessionViewer; driverId?: string },
): Promise<void> {
  const [session] = await deps.db
    .select()
    .from(sessions)
    .where(
      and(
        eq(sessions.id, input.sessionId),
        sessionsVisibleTo(input.caller),
        input.driverId === undefined ? undefined : eq(sessions.userId, input.driverId),
      ),
    );
  if (!session) throw new ApiError('not_found', 'Request not found');
  if (session.status !== 'PENDING' && session.status !== 'APPROVED') {
    throw new ApiError(
      'conflict',
      session.status === 'CHARGING'
        ? 'The session is charging: stop it instead'
        : `The request is already ${session.status}`,
    );
  }
  await cancelRequest(deps, session, input.caller);
}

async function cancelRequest(
  deps: TSessionDeps,
  session: typeof sessions.$inferSelect,
  caller: TSessionViewer,
): Promise<void> {
  const [cancelled] = await deps.db
    .update(sessions)
    .set({
      status: 'CANCELLED',
      statusReason:
        caller.id === session.userId ? 'Cancelled by the driver' : 'Cancelled by an operator',
      queuedAt: null,
      expiresAt: null,
      updatedAt: sql`now()`,
    })
    .where(and(eq(sessions.id, session.id), inArray(sessions.status, ['PENDING', 'APPROVED'])))
    .returning({ id: sessions.id });
  if (!cancelled) throw new ApiError('conflict', 'The session started or ended meanwhile');
  await publishEvent(deps.db, {
    type: 'session.updated',
    stationId: session.stationId,
    connectorId: session.connectorId,
    sessionId: session.id,
    ...(session.userId ? { userId: session.userId } : {}),
  });
  // A request that held its connector (not one waiting in the queue) frees it for the next.
  if (session.queuedAt === null) {
    await advanceQueue(deps, { stationId: session.stationId, connectorId: session.connectorId });
  }
}
