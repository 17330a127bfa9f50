import { applyChargingLimits } from '../charging-limits';
import type { InboundHandler } from './handler';

/** Removes the profiles matching every given filter; Unknown when none did. */
export const clearChargingProfile: InboundHandler<'ClearChargingProfile'> = (ctx, filter) => {
  const removed = ctx.chargingProfiles.clear(filter);
  if (removed === 0) return { status: 'Unknown' };
  applyChargingLimits(ctx);
  return { status: 'Accepted' };
};
