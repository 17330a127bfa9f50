import type { SimulatedConnector } from '../connector';
import type { ChargePointContext } from '../context';
import type { ChargePointStatus } from '../ocpp-types';
import { setStatus } from '../status';
import type { InboundHandler } from './handler';

/**
 * Connector 0 means the whole charge point. A connector in use is Scheduled: it goes
 * Inoperative when its session ends. The state changes at once; the StatusNotifications follow
 * the answer.
 */
export const changeAvailability: InboundHandler<'ChangeAvailability'> = (
  ctx,
  { connectorId, type },
) => {
  const targets =
    connectorId === 0 ? [...ctx.connectors.values()] : [ctx.connectors.get(connectorId)];
  if (targets.some((connector) => connector === undefined)) return { status: 'Rejected' };
  const connectors = targets as SimulatedConnector[];

  let scheduled = false;
  if (connectorId === 0) ctx.station.availability = type;
  for (const connector of connectors) {
    if (type === 'Inoperative' && isInUse(connector)) {
      connector.scheduledAvailability = type;
      scheduled = true;
    } else {
      connector.scheduledAvailability = undefined;
      connector.availability = type;
    }
  }
  ctx.defer(async () => {
    if (connectorId === 0) reportStation(ctx);
    for (const connector of connectors) reportConnector(ctx, connector);
  });
  return { status: scheduled ? 'Scheduled' : 'Accepted' };
};

function reportStation(ctx: ChargePointContext): void {
  if (ctx.station.status === 'Faulted') return;
  const status = ctx.station.availability === 'Inoperative' ? 'Unavailable' : 'Available';
  if (ctx.station.status !== status) setStatus(ctx, 0, status);
}

function reportConnector(ctx: ChargePointContext, connector: SimulatedConnector): void {
  if (connector.status === 'Faulted' || isInUse(connector)) return;
  let status: ChargePointStatus = connector.status;
  if (connector.availability === 'Inoperative') status = 'Unavailable';
  else if (connector.status === 'Unavailable') {
    if (connector.plugged) status = 'Preparing';
    else status = connector.reservation ? 'Reserved' : 'Available';
  }
  if (connector.status !== status) setStatus(ctx, connector.connectorId, status);
}

function isInUse(connector: SimulatedConnector): boolean {
  return connector.transaction !== undefined || connector.busy;
}
