import type { ChargePointContext } from '../context';
import type { InboundCalls, InboundMethod } from '../ocpp-types';

/** Answers one CSMS-initiated call; side effects that must follow the answer go through `ctx.defer`. */
export type InboundHandler<M extends InboundMethod> = (
  ctx: ChargePointContext,
  params: InboundCalls[M][0],
) => InboundCalls[M][1] | Promise<InboundCalls[M][1]>;
