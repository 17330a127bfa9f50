import type { RPCClient } from 'ocpp-rpc';
import type { ChargePointContext } from '../context';
import type { InboundMethod } from '../ocpp-types';
import { handleCalls, NOREPLY, rpcError } from '../rpc';
import { cancelReservation } from './cancel-reservation';
import { changeAvailability } from './change-availability';
import { changeConfiguration } from './change-configuration';
import { clearCache } from './clear-cache';
import { clearChargingProfile } from './clear-charging-profile';
import { dataTransfer } from './data-transfer';
import { getCompositeSchedule } from './get-composite-schedule';
import { getConfiguration } from './get-configuration';
import { getDiagnostics } from './get-diagnostics';
import { getLocalListVersion } from './get-local-list-version';
import type { InboundHandler } from './handler';
import { remoteStartTransaction } from './remote-start-transaction';
import { remoteStopTransaction } from './remote-stop-transaction';
import { reserveNow } from './reserve-now';
import { reset } from './reset';
import { sendLocalList } from './send-local-list';
import { setChargingProfile } from './set-charging-profile';
import { triggerMessage } from './trigger-message';
import { unlockConnector } from './unlock-connector';
import { updateFirmware } from './update-firmware';

const HANDLERS: { [M in InboundMethod]: InboundHandler<M> } = {
  RemoteStartTransaction: remoteStartTransaction,
  RemoteStopTransaction: remoteStopTransaction,
  UnlockConnector: unlockConnector,
  Reset: reset,
  ChangeAvailability: changeAvailability,
  GetConfiguration: getConfiguration,
  ChangeConfiguration: changeConfiguration,
  TriggerMessage: triggerMessage,
  ClearCache: clearCache,
  DataTransfer: dataTransfer,
  ReserveNow: reserveNow,
  CancelReservation: cancelReservation,
  SendLocalList: sendLocalList,
  GetLocalListVersion: getLocalListVersion,
  UpdateFirmware: updateFirmware,
  GetDiagnostics: getDiagnostics,
  SetChargingProfile: setChargingProfile,
  ClearChargingProfile: clearChargingProfile,
  GetCompositeSchedule: getCompositeSchedule,
};

/** Answers the CSMS-initiated calls; anything unlisted gets NotImplemented. */
export function registerHandlers(client: RPCClient, ctx: ChargePointContext): void {
  for (const method of Object.keys(HANDLERS) as InboundMethod[]) {
    const handler = HANDLERS[method] as InboundHandler<InboundMethod>;
    handleCalls(client, method, ({ params }) =>
      answer(ctx, method, params, () => handler(ctx, params as never)),
    );
  }
  handleCalls(client, undefined, ({ method, params }) =>
    answer(ctx, method, params, () => {
      throw rpcError('NotImplemented', `${method} is not implemented by the simulator`);
    }),
  );
}

async function answer(
  ctx: ChargePointContext,
  method: string,
  params: unknown,
  normally: () => unknown,
): Promise<unknown> {
  ctx.log('debug', `received ${method} ${JSON.stringify(params)}`);
  // OCPP 1.6 section 4.2.1: a rejected charge point does not respond to the Central System.
  if (ctx.registration === 'Rejected') return NOREPLY;
  const override = await ctx.options.answer?.(method, params);
  if (override === 'never') return NOREPLY;
  if (override instanceof Error) throw override;
  if (override !== undefined) return override;
  return normally();
}
