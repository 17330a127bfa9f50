import type { InboundHandler } from './handler';

export const sendLocalList: InboundHandler<'SendLocalList'> = (ctx, request) => {
  const status = ctx.localList.apply(request);
  ctx.log('info', `SendLocalList ${request.updateType} v${request.listVersion}: ${status}`);
  return { status };
};
