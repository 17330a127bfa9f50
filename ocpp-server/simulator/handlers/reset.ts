import { logFailure } from '../describe-error';
import type { InboundHandler } from './handler';

/**
 * Accepted; after resetDelayMs the charger ends its transactions (reason SoftReset or
 * HardReset), goes offline and reboots with a new BootNotification.
 */
export const reset: InboundHandler<'Reset'> = (ctx, { type }) => {
  ctx.timers.after(
    ctx.options.resetDelayMs,
    () => void ctx.reboot(`${type}Reset`).catch(logFailure(ctx, `${type} reset`)),
    'reset',
  );
  return { status: 'Accepted' };
};
