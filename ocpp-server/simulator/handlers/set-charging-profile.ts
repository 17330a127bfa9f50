import { applyChargingLimits } from '../charging-limits';
import type { ChargePointContext } from '../context';
import type { InboundCalls } from '../ocpp-types';
import { profileProblem } from '../smart-charging/validate-profile';
import type { InboundHandler } from './handler';

type Request = InboundCalls['SetChargingProfile'][0];

/**
 * Installs the profile when it fits (OCPP 1.6 section 5.16): a ChargePointMaxProfile only on
 * connector 0, a TxProfile only on a connector with a running transaction (and bound to it).
 * The new limit takes effect at once.
 */
export const setChargingProfile: InboundHandler<'SetChargingProfile'> = (ctx, request) => {
  const problem =
    placementProblem(ctx, request) ??
    profileProblem(request.csChargingProfiles, {
      maxStackLevel: ctx.config.number('ChargeProfileMaxStackLevel', 8),
      maxPeriods: ctx.config.number('ChargingScheduleMaxPeriods', 24),
      allowedUnits: (ctx.config.value('ChargingScheduleAllowedChargingRateUnit') ?? '').split(','),
    });
  if (problem) {
    ctx.log('info', `SetChargingProfile rejected: ${problem}`);
    return { status: 'Rejected' };
  }
  const { connectorId, csChargingProfiles: profile } = request;
  const transactionId = ctx.connectors.get(connectorId)?.transaction?.transactionId;
  const bound =
    profile.chargingProfilePurpose === 'TxProfile' && transactionId !== undefined
      ? { ...profile, transactionId }
      : profile;
  ctx.chargingProfiles.install(connectorId, bound);
  applyChargingLimits(ctx);
  return { status: 'Accepted' };
};

function placementProblem(ctx: ChargePointContext, request: Request): string | undefined {
  const { connectorId, csChargingProfiles: profile } = request;
  const connector = ctx.connectors.get(connectorId);
  if (connectorId !== 0 && !connector) return `no connector ${connectorId}`;
  const purpose = profile.chargingProfilePurpose;
  if (purpose === 'ChargePointMaxProfile' && connectorId !== 0) {
    return 'a ChargePointMaxProfile belongs on connector 0';
  }
  if (purpose === 'TxProfile') {
    const running = connector?.transaction?.transactionId;
    if (running === undefined) return `no transaction on connector ${connectorId}`;
    if (profile.transactionId !== undefined && profile.transactionId !== running) {
      return `transaction ${profile.transactionId} is not running on connector ${connectorId}`;
    }
  }
  const full = ctx.chargingProfiles.size >= ctx.config.number('MaxChargingProfilesInstalled', 16);
  if (full && !ctx.chargingProfiles.replacesExisting(connectorId, profile)) {
    return 'no room for another profile';
  }
  return undefined;
}
