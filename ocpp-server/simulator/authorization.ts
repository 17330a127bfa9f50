import type { Reservation, SimulatedConnector } from './connector';
import type { ChargePointContext } from './context';
import type { AuthorizationStatus, IdTagInfo } from './ocpp-types';
import { reservationCheck } from './reservations';

export type StartPermission =
  | { allowed: true; reservation?: Reservation }
  | { allowed: false; authorization: AuthorizationStatus }
  | { allowed: false; reservedFor: number };

/**
 * May `idTag` start on `connector`? A reservation for someone else refuses it before the CSMS
 * is asked. Then (when `authorize`) the Local Authorization List answers for the idTags it
 * holds if LocalPreAuthorize is on, or while offline if LocalAuthorizeOffline is on; otherwise
 * the CSMS is asked with Authorize. Offline with transaction queueing on, an unknown idTag may
 * start only with AllowOfflineTxForUnknownId.
 */
export async function permitStart(
  ctx: ChargePointContext,
  connector: SimulatedConnector,
  idTag: string,
  authorize: boolean,
): Promise<StartPermission> {
  let info: IdTagInfo | undefined;
  const lookUp = async () => (info ??= await idTagInfo(ctx, idTag));
  const { use, blockedBy } = await reservationCheck(
    ctx,
    connector,
    idTag,
    async () => (await lookUp()).parentIdTag,
  );
  if (blockedBy) {
    ctx.log('info', `connector ${connector.connectorId} is reserved for someone else`);
    return { allowed: false, reservedFor: blockedBy.reservationId };
  }
  if (authorize) {
    const { status } = await lookUp();
    if (status !== 'Accepted') return { allowed: false, authorization: status };
  }
  return use ? { allowed: true, reservation: use } : { allowed: true };
}

async function idTagInfo(ctx: ChargePointContext, idTag: string): Promise<IdTagInfo> {
  const online = ctx.isOnline();
  const local = ctx.localList.lookup(idTag, ctx.clock.now());
  const useLocal = online
    ? ctx.config.flag('LocalPreAuthorize')
    : ctx.config.flag('LocalAuthorizeOffline');
  if (local && useLocal && (local.status === 'Accepted' || !online)) return local;
  if (!online && ctx.options.queueTransactionsOffline) {
    return { status: ctx.config.flag('AllowOfflineTxForUnknownId') ? 'Accepted' : 'Invalid' };
  }
  const { idTagInfo: answer } = await ctx.call('Authorize', { idTag });
  return answer;
}
