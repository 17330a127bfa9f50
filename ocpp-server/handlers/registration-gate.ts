import { createRPCError } from 'ocpp-rpc';
import type { AnomalyInput } from '@/lib/anomalies/record-anomaly';
import type { HandlerScope } from './types';

/*
 * OCPP 1.6 §4.2: while Pending or Rejected a charger SHALL NOT send requests other than
 * BootNotification; §4.2.1 still lets it run transactions locally before it is accepted. What
 * this server does when a charger sends them anyway:
 * - Heartbeat is answered and StatusNotification, FirmwareStatus and DiagnosticsStatus are
 *   recorded: harmless, and they show the operator what the charger is doing while deciding.
 * - StartTransaction, MeterValues and StopTransaction are persisted and answered normally, and
 *   Start/Stop are flagged `message_while_not_accepted`: energy has been delivered, so refusing
 *   them could lose a transaction with a charger that does not retry.
 * - Authorize and DataTransfer get CALLERROR SecurityError: nothing new starts on our word
 *   while the operator has not accepted the charger.
 */
export function isAccepted(scope: HandlerScope): boolean {
  return scope.connection.registrationStatus === 'Accepted';
}

export function refuseUnlessAccepted(scope: HandlerScope, action: string): void {
  if (isAccepted(scope)) return;
  throw createRPCError(
    'SecurityError',
    `${action} is not allowed while the registration is ${scope.connection.registrationStatus}`,
  ) as Error;
}

/** The anomaly for a transaction message from a charger that is not accepted, if it is not. */
export function notAcceptedAnomaly(scope: HandlerScope, action: string): AnomalyInput[] {
  if (isAccepted(scope)) return [];
  return [
    {
      stationId: scope.stationId,
      kind: 'message_while_not_accepted',
      message: `${action} received while the charger's registration is ${scope.connection.registrationStatus}`,
      details: { action, registrationStatus: scope.connection.registrationStatus },
    },
  ];
}
