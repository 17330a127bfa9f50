import { cancelReservation as cancel } from '../reservations';
import type { InboundHandler } from './handler';

/** The connector goes back to Available right after the answer. */
export const cancelReservation: InboundHandler<'CancelReservation'> = (ctx, { reservationId }) => ({
  status: cancel(ctx, reservationId) ? 'Accepted' : 'Rejected',
});
