import type { Executor } from '@/db/client';
import type { CommandAction } from '../command-actions';
import { ZCommandRequests, type TCommandRequest } from '../command-requests';
import { ZCommandResponses } from '../command-responses';
import { cancelReservation } from './cancel-reservation';
import { changeConfiguration } from './change-configuration';
import { clearChargingProfile } from './clear-charging-profile';
import type { CommandEffect } from './command-effect';
import { getConfiguration } from './get-configuration';
import { getLocalListVersion } from './get-local-list-version';
import { reserveNow } from './reserve-now';
import { sendLocalList } from './send-local-list';
import { setChargingProfile } from './set-charging-profile';

/** Actions whose answer changes Chargedeck's own state; the others only reach the charger. */
const COMMAND_EFFECTS: { [A in CommandAction]?: CommandEffect<A> } = {
  GetConfiguration: getConfiguration,
  ChangeConfiguration: changeConfiguration,
  SendLocalList: sendLocalList,
  GetLocalListVersion: getLocalListVersion,
  ReserveNow: reserveNow,
  CancelReservation: cancelReservation,
  SetChargingProfile: setChargingProfile,
  ClearChargingProfile: clearChargingProfile,
};

function effectOf(action: CommandAction): CommandEffect<CommandAction> | undefined {
  return COMMAND_EFFECTS[action];
}

export async function prepareCommandRequest<A extends CommandAction>(
  db: Executor,
  input: { action: A; stationId: string; request: TCommandRequest<A> },
): Promise<TCommandRequest<A>> {
  const effect = effectOf(input.action);
  if (!effect?.prepare) return input.request;
  return (await effect.prepare({ db, ...input })) as TCommandRequest<A>;
}

/** Runs inside the transaction that records the charger's answer. */
export async function applyCommandEffect(
  tx: Executor,
  input: {
    action: CommandAction;
    stationId: string;
    commandId: string;
    requestedBy: string | null;
    request: unknown;
    response: unknown;
  },
): Promise<void> {
  const effect = effectOf(input.action);
  if (!effect) return;
  const request = ZCommandRequests[input.action].safeParse(input.request);
  const response = ZCommandResponses[input.action].safeParse(input.response);
  // Both were validated on the way out and in; a mismatch means the row was not written by us.
  if (!request.success || !response.success) return;
  await effect.onAnswer({ ...input, tx, request: request.data, response: response.data });
}
