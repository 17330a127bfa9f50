import { sessions } from '@/db/schema';
import { ApiError } from '@/lib/api/api-error';
import { commandOutcomeError } from '@/lib/api/command-result';
import type { CommandOutcome } from '@/lib/commands/send-command';
import { claimConnector, type TConnectorChoice } from './claim-connector';
import { dispatchRemoteStart, type TSessionDeps } from './dispatch-remote-start';
import { isVehicleOf, resolveStartTag } from './resolve-start-tag';
import type { TSessionViewer } from './session-scope';
import type { TStartSessionRequest } from './session-requests';

export interface TStartSessionInput {
  caller: TSessionViewer;
  request: TStartSessionRequest;
  approvalTimeoutS?: number | undefined;
  commandTimeoutMs?: number | undefined;
}

/**
 * Starts charging now (POST /sessions): picks a free connector, records a PENDING session and
 * sends RemoteStartTransaction. Accepted → the session (APPROVED, CHARGING once the charger's
 * StartTransaction arrives). Anything else throws the mapped API error (502 rejected, 503
 * offline, 504 timeout, with the charger's answer) and leaves no session, only the command.
 * Unknown station 404; busy connector or station not accepted 409; bad tag or vehicle 422.
 */
export async function startRemoteSession(
  deps: TSessionDeps,
  input: TStartSessionInput,
): Promise<{ sessionId: string; outcome: CommandOutcome | null }> {
  const { request, caller } = input;
  const tag = await resolveStartTag(deps.db, caller, request.idTag);
  if (!tag.ok) throw fieldError('idTag', tag.reason);
  if (
    request.vehicleId !== undefined &&
    !(await isVehicleOf(deps.db, request.vehicleId, tag.userId))
  ) {
    throw fieldError('vehicleId', "Not a vehicle of the session's driver");
  }
  const claimed = await deps.db.transaction(async (tx) => {
    const choice = await claimConnector(tx, request, request.connectorId);
    if (!choice.free) throw busyError(choice);
    const [row] = await tx
      .insert(sessions)
      .values({
        stationId: choice.stationId,
        connectorId: choice.connectorId,
        idTag: tag.idTag,
        userId: tag.userId,
        vehicleId: request.vehicleId ?? null,
        metadata: request.metadata ?? {},
        status: 'PENDING',
      })
      .returning({ id: sessions.id });
    return { ...choice, sessionId: row!.id };
  });
  const dispatched = await dispatchRemoteStart(deps, {
    sessionId: claimed.sessionId,
    stationId: claimed.stationId,
    connectorId: claimed.connectorId,
    idTag: tag.idTag,
    userId: tag.userId,
    requestedBy: caller.id,
    onNotAccepted: 'discard',
    approvalTimeoutS: input.approvalTimeoutS,
    commandTimeoutMs: input.commandTimeoutMs,
  });
  if (dispatched.status === null) {
    throw (
      (dispatched.outcome && commandOutcomeError(dispatched.outcome, ['Accepted'])) ??
      new ApiError('conflict', dispatched.reason ?? 'The start was not accepted')
    );
  }
  return { sessionId: claimed.sessionId, outcome: dispatched.outcome };
}

export function fieldError(path: string, message: string): ApiError {
  return new ApiError('validation_failed', message, [{ path, message }]);
}

export function busyError(choice: TConnectorChoice): ApiError {
  const what = `Connector ${choice.connectorId}`;
  if (choice.occupied) return new ApiError('conflict', `${what} is in use`);
  if (choice.queued) return new ApiError('conflict', `${what} has drivers queued for it`);
  return new ApiError('conflict', `${what} is ${choice.status}`);
}
