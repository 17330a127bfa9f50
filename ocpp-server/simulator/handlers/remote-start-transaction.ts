import { plugIn } from '../cable';
import type { SimulatedConnector } from '../connector';
import type { ChargePointContext } from '../context';
import { logFailure } from '../describe-error';
import { startTransaction } from '../transactions';
import type { InboundHandler } from './handler';

/**
 * Accepted when the connector is free; the driver then plugs in (after plugInDelayMs, unless
 * the cable is already in) and the transaction starts with the given idTag.
 */
export const remoteStartTransaction: InboundHandler<'RemoteStartTransaction'> = (
  ctx,
  { idTag, connectorId },
) => {
  if (ctx.registration !== 'Accepted' || ctx.station.availability === 'Inoperative') {
    return { status: 'Rejected' };
  }
  const connector =
    connectorId === undefined
      ? [...ctx.connectors.values()].find(isFree)
      : ctx.connectors.get(connectorId);
  if (!connector || !isFree(connector)) return { status: 'Rejected' };

  // Held until the driver arrives, so a second remote start for it is rejected.
  connector.busy = true;
  const delayMs = connector.plugged ? 0 : ctx.options.plugInDelayMs;
  ctx.timers.after(
    delayMs,
    () => {
      connector.busy = false;
      startWhenPlugged(ctx, connector, idTag).catch(
        logFailure(ctx, `remote start on connector ${connector.connectorId}`),
      );
    },
    `remote-start:${connector.connectorId}`,
  );
  return { status: 'Accepted' };
};

async function startWhenPlugged(
  ctx: ChargePointContext,
  connector: SimulatedConnector,
  idTag: string,
) {
  if (!connector.plugged) plugIn(ctx, connector.connectorId);
  await startTransaction(ctx, connector.connectorId, idTag, {
    authorize: ctx.config.flag('AuthorizeRemoteTxRequests'),
  });
}

function isFree(connector: SimulatedConnector): boolean {
  return (
    !connector.busy &&
    !connector.transaction &&
    connector.availability === 'Operative' &&
    (connector.status === 'Available' || connector.status === 'Preparing')
  );
}
