import type { InboundHandler } from './handler';

/** 0 when the list is empty, -1 when LocalAuthListEnabled is false. */
export const getLocalListVersion: InboundHandler<'GetLocalListVersion'> = (ctx) => ({
  listVersion: ctx.localList.version,
});
