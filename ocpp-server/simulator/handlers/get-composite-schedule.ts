import { compositeFor } from '../charging-limits';
import type { InboundHandler } from './handler';

/** The limits from now for `duration` seconds, in W unless A is asked for. */
export const getCompositeSchedule: InboundHandler<'GetCompositeSchedule'> = (
  ctx,
  { connectorId, duration, chargingRateUnit },
) => {
  if (connectorId !== 0 && !ctx.connectors.has(connectorId)) return { status: 'Rejected' };
  if (duration < 0) return { status: 'Rejected' };
  const chargingSchedule = compositeFor(ctx, connectorId, duration, chargingRateUnit ?? 'W');
  return {
    status: 'Accepted',
    connectorId,
    scheduleStart: chargingSchedule.startSchedule,
    chargingSchedule,
  };
};
