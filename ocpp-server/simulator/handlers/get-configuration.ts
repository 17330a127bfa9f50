import type { InboundHandler } from './handler';

export const getConfiguration: InboundHandler<'GetConfiguration'> = (ctx, { key }) =>
  ctx.config.get(key);
