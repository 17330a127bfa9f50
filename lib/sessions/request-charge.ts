import { and, eq, inArray, sql } from 'drizzle-orm';
import { sessions } from '@/db/schema';
import { ApiError } from '@/lib/api/api-error';
import { publishEvent } from '@/lib/events/publish';
import { claimConnector } from './claim-connector';
import { dispatchRemoteStart, type TSessionDeps } from './dispatch-remote-start';
import { isVehicleOf, resolveStartTag } from './resolve-start-tag';
import type { TSessionViewer } from './session-scope';
import type { TStartSessionRequest } from './session-requests';
import { fieldError } from './start-remote-session';

export interface TChargeRequestInput {
  /** The driver the request is for (a driver themself, or chosen by an operator). */
  driver: TSessionViewer;
  requestedBy: string;
  request: TStartSessionRequest;
  approvalTimeoutS?: number | undefined;
  commandTimeoutMs?: number | undefined;
}

/**
 * A driver asks to charge (the driver-facing flow). The request is always recorded, so the
 * driver can follow it: with no valid tag it is DENIED with the reason; at a free connector it
 * is started at once (APPROVED, or DENIED with the charger's answer); at an occupied one it
 * joins that connector's queue (PENDING with queued_at) and is started when the connector frees
 * (advance-queue.ts). A driver has at most one request waiting at a time (409).
 */
export async function requestCharge(
  deps: TSessionDeps,
  input: TChargeRequestInput,
): Promise<{ sessionId: string }> {
  const { driver, request } = input;
  const tag = await resolveStartTag(deps.db, driver, request.idTag);
  if (
    request.vehicleId !== undefined &&
    !(await isVehicleOf(deps.db, request.vehicleId, driver.id))
  ) {
    throw fieldError('vehicleId', 'Not one of your vehicles');
  }
  const created = await deps.db.transaction(async (tx) => {
    // One driver's concurrent requests (two tabs, two stations) are decided one at a time.
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${driver.id}))`);
    const choice = await claimConnector(tx, request, request.connectorId);
    const [waiting] = await tx
      .select({ id: sessions.id })
      .from(sessions)
      .where(and(eq(sessions.userId, driver.id), inArray(sessions.status, ['PENDING', 'APPROVED'])))
      .limit(1);
    if (waiting) {
      throw new ApiError('conflict', 'You already have a charging request waiting', {
        sessionId: waiting.id,
      });
    }
    const startNow = tag.ok && choice.free;
    const [row] = await tx
      .insert(sessions)
      .values({
        stationId: choice.stationId,
        connectorId: choice.connectorId,
        idTag: tag.idTag,
        userId: driver.id,
        vehicleId: request.vehicleId ?? null,
        metadata: request.metadata ?? {},
        status: tag.ok ? 'PENDING' : 'DENIED',
        statusReason: tag.ok ? null : tag.reason,
        queuedAt: tag.ok && !startNow ? sql`now()` : null,
      })
      .returning({ id: sessions.id });
    return { ...choice, sessionId: row!.id, startNow };
  });
  if (created.startNow && tag.ok) {
    await dispatchRemoteStart(deps, {
      sessionId: created.sessionId,
      stationId: created.stationId,
      connectorId: created.connectorId,
      idTag: tag.idTag,
      userId: driver.id,
      requestedBy: input.requestedBy,
      onNotAccepted: 'deny',
      approvalTimeoutS: input.approvalTimeoutS,
      commandTimeoutMs: input.commandTimeoutMs,
    });
  } else {
    await publishEvent(deps.db, {
      type: 'session.updated',
      stationId: created.stationId,
      connectorId: created.connectorId,
      sessionId: created.sessionId,
      userId: driver.id,
    });
  }
  return { sessionId: created.sessionId };
}
