import { plugIn } from '../cable';
import type { SimulatedConnector } from '../connector';
import type { ChargePointContext } from '../context';
import { logFailure } from '../describe-error';
import type { TChargingProfile as ChargingProfile } from '@/lib/smart-charging/charging-profile';
import { startTransaction } from '../transactions';
import type { InboundHandler } from './handler';

/**
 * Accepted when the connector is free for this idTag (a connector reserved for someone else is
 * not); the driver then plugs in (after plugInDelayMs, unless the cable is already in) and the
 * transaction starts with the given idTag and, when one came along, its TxProfile.
 */
export const remoteStartTransaction: InboundHandler<'RemoteStartTransaction'> = (
  ctx,
  { idTag, connectorId, chargingProfile },
) => {
  if (ctx.registration !== 'Accepted' || ctx.station.availability === 'Inoperative') {
    return { status: 'Rejected' };
  }
  if (chargingProfile && chargingProfile.chargingProfilePurpose !== 'TxProfile') {
    return { status: 'Rejected' };
  }
  const free = (connector: SimulatedConnector) => isFreeFor(ctx, connector, idTag);
  const all = [...ctx.connectors.values()];
  const connector =
    connectorId === undefined
      ? (all.find((each) => each.reservation?.idTag === idTag && free(each)) ?? all.find(free))
      : ctx.connectors.get(connectorId);
  if (!connector || !free(connector)) return { status: 'Rejected' };

  // Held until the driver arrives, so a second remote start for it is rejected.
  connector.busy = true;
  const delayMs = connector.plugged ? 0 : ctx.options.plugInDelayMs;
  ctx.timers.after(
    delayMs,
    () => {
      connector.busy = false;
      startWhenPlugged(ctx, connector, idTag, chargingProfile).catch(
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
  chargingProfile: ChargingProfile | undefined,
) {
  if (!connector.plugged) plugIn(ctx, connector.connectorId);
  await startTransaction(ctx, connector.connectorId, idTag, {
    authorize: ctx.config.flag('AuthorizeRemoteTxRequests'),
    ...(chargingProfile ? { chargingProfile } : {}),
  });
}

/**
 * Free, and not held for anyone else: neither by a reservation on the connector nor by a
 * station-wide one that needs this connector as the last one free.
 */
function isFreeFor(ctx: ChargePointContext, connector: SimulatedConnector, idTag: string): boolean {
  const idle =
    !connector.busy &&
    !connector.transaction &&
    connector.availability === 'Operative' &&
    ['Available', 'Preparing', 'Reserved'].includes(connector.status);
  if (!idle) return false;
  const reservation = connector.reservation ?? ctx.station.reservation;
  if (!reservation || reservation.idTag === idTag) return true;
  if (connector.reservation) return false;
  return [...ctx.connectors.values()].some(
    (other) =>
      other !== connector &&
      other.status === 'Available' &&
      other.availability === 'Operative' &&
      !other.reservation &&
      !other.busy &&
      !other.transaction,
  );
}
