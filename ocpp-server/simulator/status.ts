import type { SimulatedConnector } from './connector';
import type { ChargePointContext } from './context';
import type { ChargePointErrorCode, ChargePointStatus } from './ocpp-types';

/** Sets the status of a connector (or the charge point, connectorId 0) and reports it. */
export function setStatus(
  ctx: ChargePointContext,
  connectorId: number,
  status: ChargePointStatus,
  errorCode: ChargePointErrorCode = 'NoError',
): void {
  const target = connectorId === 0 ? ctx.station : requireConnector(ctx, connectorId);
  target.status = status;
  target.errorCode = errorCode;
  ctx.events.emit('status', connectorId, status, errorCode);
  announceStatus(ctx, connectorId);
}

/**
 * Sends a StatusNotification with the current status. Only a registered charger may, unless
 * the CSMS asked for it with TriggerMessage (allowed while Pending).
 */
export function announceStatus(
  ctx: ChargePointContext,
  connectorId: number,
  triggered = false,
): void {
  if (ctx.registration !== 'Accepted' && !triggered) return;
  const { status, errorCode } =
    connectorId === 0 ? ctx.station : requireConnector(ctx, connectorId);
  ctx.send('StatusNotification', {
    connectorId,
    status,
    errorCode,
    timestamp: new Date(ctx.clock.now()).toISOString(),
  });
}

export function announceAllStatuses(ctx: ChargePointContext, triggered = false): void {
  announceStatus(ctx, 0, triggered);
  for (const connectorId of ctx.connectors.keys()) announceStatus(ctx, connectorId, triggered);
}

/**
 * Where a connector goes when a session ends or never starts: the cable may still be in, and
 * a reservation keeps an empty connector Reserved.
 */
export function statusAfterSession(connector: SimulatedConnector): ChargePointStatus {
  if (connector.availability === 'Inoperative') return 'Unavailable';
  if (connector.plugged) return 'Finishing';
  return connector.reservation ? 'Reserved' : 'Available';
}

/**
 * Brings an idle connector to rest: an availability change the CSMS scheduled during the
 * session takes effect now, then the status follows what is plugged in and allowed.
 */
export function settle(ctx: ChargePointContext, connector: SimulatedConnector): void {
  if (connector.scheduledAvailability) {
    connector.availability = connector.scheduledAvailability;
    connector.scheduledAvailability = undefined;
  }
  const status = statusAfterSession(connector);
  if (connector.status !== status) setStatus(ctx, connector.connectorId, status);
}

export function requireConnector(ctx: ChargePointContext, connectorId: number): SimulatedConnector {
  const connector = ctx.connectors.get(connectorId);
  if (!connector) throw new Error(`${ctx.options.identity} has no connector ${connectorId}`);
  return connector;
}
