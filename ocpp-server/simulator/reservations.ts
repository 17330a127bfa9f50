import type { Reservation, SimulatedConnector } from './connector';
import type { ChargePointContext } from './context';
import type { InboundCalls } from './ocpp-types';
import { setStatus } from './status';

type ReserveNowRequest = InboundCalls['ReserveNow'][0];
type ReserveNowStatus = InboundCalls['ReserveNow'][1]['status'];

/**
 * Reservations (OCPP 1.6 section 5.13): a connector reserved for an idTag shows Reserved and
 * refuses everyone else until the reservation is used, cancelled or expires. A reservation on
 * connector 0 keeps one connector free for its idTag without pinning which one.
 */
export function reserveNow(ctx: ChargePointContext, request: ReserveNowRequest): ReserveNowStatus {
  const expiresAt = Date.parse(request.expiryDate);
  if (ctx.registration !== 'Accepted' || !(expiresAt > ctx.clock.now())) return 'Rejected';
  const reservation: Reservation = {
    reservationId: request.reservationId,
    connectorId: request.connectorId,
    idTag: request.idTag,
    ...(request.parentIdTag === undefined ? {} : { parentIdTag: request.parentIdTag }),
    expiresAt,
  };
  const status =
    request.connectorId === 0
      ? stationVerdict(ctx, reservation)
      : connectorVerdict(ctx, reservation);
  if (status !== 'Accepted') return status;

  const replaced = findReservation(ctx, reservation.reservationId);
  if (replaced) release(ctx, replaced, { announce: false });
  const connector = ctx.connectors.get(reservation.connectorId);
  if (connector) {
    connector.reservation = reservation;
    if (connector.status !== 'Reserved') {
      ctx.defer(async () => setStatus(ctx, reservation.connectorId, 'Reserved'));
    }
  } else {
    ctx.station.reservation = reservation;
  }
  const left = replaced && ctx.connectors.get(replaced.connectorId);
  if (left && left !== connector) ctx.defer(async () => announceReleased(ctx, left));
  armExpiry(ctx, reservation);
  ctx.log('info', `reservation ${reservation.reservationId} for ${reservation.idTag} accepted`);
  return 'Accepted';
}

export function cancelReservation(ctx: ChargePointContext, reservationId: number): boolean {
  const reservation = findReservation(ctx, reservationId);
  if (!reservation) return false;
  ctx.defer(async () => release(ctx, reservation, { announce: true }));
  return true;
}

/**
 * The reservation a start by `idTag` on `connector` would use, or the one that refuses it.
 * `parentOf` looks up the idTag's parent only when a reservation is for a group.
 */
export async function reservationCheck(
  ctx: ChargePointContext,
  connector: SimulatedConnector,
  idTag: string,
  parentOf: () => Promise<string | undefined>,
): Promise<{ use?: Reservation; blockedBy?: Reservation }> {
  const own = connector.reservation;
  const station = ctx.station.reservation;
  const candidate = own ?? station;
  if (!candidate) return {};
  const isHolder =
    candidate.idTag === idTag ||
    (candidate.parentIdTag !== undefined && (await parentOf()) === candidate.parentIdTag);
  if (isHolder) return { use: candidate };
  if (own) return { blockedBy: own };
  // Someone else may take this connector only if another stays free for the station reservation.
  const othersFree = [...ctx.connectors.values()].some(
    (other) => other !== connector && isFree(other),
  );
  return othersFree ? {} : { blockedBy: candidate };
}

/** The reservation was used by a starting transaction: it ends without a status change. */
export function consumeReservation(ctx: ChargePointContext, reservation: Reservation): void {
  release(ctx, reservation, { announce: false });
}

/** Timers do not survive a reboot; reservations do. */
export function rearmReservations(ctx: ChargePointContext): void {
  for (const reservation of allReservations(ctx)) armExpiry(ctx, reservation);
}

export function findReservation(
  ctx: ChargePointContext,
  reservationId: number,
): Reservation | undefined {
  return allReservations(ctx).find((reservation) => reservation.reservationId === reservationId);
}

function connectorVerdict(ctx: ChargePointContext, reservation: Reservation): ReserveNowStatus {
  const connector = ctx.connectors.get(reservation.connectorId);
  if (!connector) return 'Rejected';
  if (connector.status === 'Faulted') return 'Faulted';
  if (connector.availability === 'Inoperative' || connector.status === 'Unavailable') {
    return 'Unavailable';
  }
  const heldByOther =
    connector.reservation !== undefined &&
    connector.reservation.reservationId !== reservation.reservationId;
  const idle = connector.status === 'Available' || connector.status === 'Reserved';
  if (heldByOther || !idle || connector.busy || connector.transaction) return 'Occupied';
  return 'Accepted';
}

function stationVerdict(ctx: ChargePointContext, reservation: Reservation): ReserveNowStatus {
  if (!ctx.config.flag('ReserveConnectorZeroSupported')) return 'Rejected';
  const held = ctx.station.reservation;
  if (held && held.reservationId !== reservation.reservationId) return 'Occupied';
  const connectors = [...ctx.connectors.values()];
  if (connectors.some(isFree)) return 'Accepted';
  if (connectors.every((connector) => connector.status === 'Faulted')) return 'Faulted';
  if (connectors.every((connector) => connector.availability === 'Inoperative')) {
    return 'Unavailable';
  }
  return 'Occupied';
}

function isFree(connector: SimulatedConnector): boolean {
  return (
    connector.status === 'Available' &&
    connector.availability === 'Operative' &&
    !connector.reservation &&
    !connector.busy &&
    !connector.transaction
  );
}

function release(
  ctx: ChargePointContext,
  reservation: Reservation,
  { announce }: { announce: boolean },
): void {
  ctx.timers.clear(expiryTimer(reservation));
  if (ctx.station.reservation === reservation) ctx.station.reservation = undefined;
  const connector = ctx.connectors.get(reservation.connectorId);
  if (connector?.reservation !== reservation) return;
  connector.reservation = undefined;
  if (announce) announceReleased(ctx, connector);
}

function announceReleased(ctx: ChargePointContext, connector: SimulatedConnector): void {
  if (connector.status !== 'Reserved' || connector.reservation) return;
  setStatus(ctx, connector.connectorId, connector.plugged ? 'Preparing' : 'Available');
}

function armExpiry(ctx: ChargePointContext, reservation: Reservation): void {
  ctx.timers.after(
    Math.max(0, reservation.expiresAt - ctx.clock.now()),
    () => {
      ctx.log('info', `reservation ${reservation.reservationId} expired`);
      release(ctx, reservation, { announce: true });
    },
    expiryTimer(reservation),
  );
}

function allReservations(ctx: ChargePointContext): Reservation[] {
  const onConnectors = [...ctx.connectors.values()].flatMap((c) => c.reservation ?? []);
  return ctx.station.reservation ? [...onConnectors, ctx.station.reservation] : onConnectors;
}

function expiryTimer(reservation: Reservation): string {
  return `reservation:${reservation.reservationId}`;
}
