import { reserveNow as reserve } from '../reservations';
import type { InboundHandler } from './handler';

/** Accepted puts the connector in Reserved (after the answer); see reservations.ts. */
export const reserveNow: InboundHandler<'ReserveNow'> = (ctx, request) => ({
  status: reserve(ctx, request),
});
