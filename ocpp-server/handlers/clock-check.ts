import type { ClockCheck } from '@/lib/anomalies/find-future-timestamps';
import type { HandlerScope } from './types';

/** Arrival time and allowed skew for flagging charger timestamps in the future. */
export function clockCheck(scope: HandlerScope): ClockCheck {
  return { receivedAt: new Date(), maxSkewS: scope.ctx.maxClockSkewS };
}
