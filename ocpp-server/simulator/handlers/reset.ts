import { logFailure } from '../describe-error';
import type { InboundHandler } from './handler';

/** Accepted; after resetDelayMs the charger ends its transactions, goes offline and reboots. */
export const reset: InboundHandler<'Reset'> = (ctx, { type }) => {
  ctx.timers.after(
    ctx.options.resetDelayMs,
    () => void ctx.reboot(type).catch(logFailure(ctx, `${type} reset`)),
    'reset',
  );
  return { status: 'Accepted' };
};
