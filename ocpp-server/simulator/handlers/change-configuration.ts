import type { InboundHandler } from './handler';

/** The store's change listeners make accepted values take effect (heartbeat, sampling). */
export const changeConfiguration: InboundHandler<'ChangeConfiguration'> = (ctx, { key, value }) => {
  const status = ctx.config.change(key, value);
  ctx.log('info', `ChangeConfiguration ${key}=${value}: ${status}`);
  return { status };
};
