import { describe, expect, it } from 'vitest';
import { FLAT_AC_VEHICLE } from '../testing/a-charge-point';
import {
  inSimulated,
  statusOf,
  useSimulator,
  waitForCallAfter,
  waitUntil,
} from '../testing/use-simulator';

// Cards of the FLEET group carry it as their parentIdTag.
const sim = useSimulator({
  authorize: (idTag) =>
    idTag.startsWith('FLEET-') ? { status: 'Accepted', parentIdTag: 'FLEET' } : 'Accepted',
});
const HOUR = 3_600_000;

function reserve(
  connectorId: number,
  reservationId: number,
  idTag = 'RES-ALICE',
  expiresInMs = HOUR,
) {
  return sim.command('ReserveNow', {
    connectorId,
    reservationId,
    idTag,
    expiryDate: inSimulated(sim.chargePoint, expiresInMs),
  });
}

describe('Reservation', () => {
  it('reserves a connector for one idTag, refuses everyone else, and is used by its holder', async () => {
    await sim.connected();
    expect(await reserve(1, 11)).toEqual({ status: 'Accepted' });
    await sim.csms.waitForCall('StatusNotification', statusOf(1, 'Reserved'));
    expect(sim.chargePoint.connector(1)).toMatchObject({ status: 'Reserved', reservationId: 11 });

    expect(await sim.command('RemoteStartTransaction', { idTag: 'OTHER', connectorId: 1 })).toEqual(
      { status: 'Rejected' },
    );
    sim.chargePoint.plugIn(1, FLAT_AC_VEHICLE);
    expect(await sim.chargePoint.startTransaction(1, 'OTHER')).toEqual({
      started: false,
      reservedFor: 11,
    });
    // Refused on the spot: the CSMS is not even asked.
    expect(sim.csms.callsOf('Authorize')).toHaveLength(0);
    expect(sim.chargePoint.connector(1)?.status).toBe('Reserved');

    const result = await sim.chargePoint.startTransaction(1, 'RES-ALICE');
    expect(result).toMatchObject({ started: true });
    const start = await sim.csms.waitForCall('StartTransaction');
    expect(start.params).toMatchObject({ connectorId: 1, idTag: 'RES-ALICE', reservationId: 11 });
    await sim.csms.waitForCall('StatusNotification', statusOf(1, 'Charging'));
    expect(sim.chargePoint.connector(1)?.reservationId).toBeUndefined();
  });

  it('a remote start for the holder goes to the reserved connector', async () => {
    await sim.connected();
    await reserve(2, 12, 'RES-BOB');
    expect(await sim.command('RemoteStartTransaction', { idTag: 'RES-BOB' })).toEqual({
      status: 'Accepted',
    });
    const start = await sim.csms.waitForCall('StartTransaction');
    expect(start.params).toMatchObject({ connectorId: 2, idTag: 'RES-BOB', reservationId: 12 });
  });

  it('answers Occupied, Faulted, Unavailable and Rejected when it cannot reserve', async () => {
    await sim.connected();
    await sim.charging(1);
    expect(await reserve(1, 1)).toEqual({ status: 'Occupied' });
    expect(await reserve(9, 2)).toEqual({ status: 'Rejected' });
    expect(await reserve(2, 3, 'RES', -60_000)).toEqual({ status: 'Rejected' });
    await sim.chargePoint.setStatus(2, 'Faulted', 'GroundFailure');
    expect(await reserve(2, 4)).toEqual({ status: 'Faulted' });
    await sim.chargePoint.setStatus(2, 'Available');
    await sim.command('ChangeAvailability', { connectorId: 2, type: 'Inoperative' });
    expect(await reserve(2, 5)).toEqual({ status: 'Unavailable' });
    await sim.command('ChangeAvailability', { connectorId: 2, type: 'Operative' });
    await waitUntil(() => sim.chargePoint.connector(2)?.status === 'Available');
    expect(await reserve(2, 6)).toEqual({ status: 'Accepted' });
    expect(await reserve(2, 7)).toEqual({ status: 'Occupied' });
  });

  it('replaces a reservation with the same id, even on another connector', async () => {
    await sim.connected();
    await sim.charging(1);
    await sim.chargePoint.stopTransaction(1);
    await sim.chargePoint.unplug(1);
    await waitUntil(() => sim.chargePoint.connector(1)?.status === 'Available');
    expect(await reserve(1, 20, 'FIRST')).toEqual({ status: 'Accepted' });
    await sim.csms.waitForCall('StatusNotification', statusOf(1, 'Reserved'));
    expect(await reserve(2, 20, 'SECOND')).toEqual({ status: 'Accepted' });
    const moved = await sim.csms.waitForCall('StatusNotification', statusOf(2, 'Reserved'));
    await waitForCallAfter(sim.csms, moved, statusOf(1, 'Available'));
    expect(sim.chargePoint.connector(2)?.reservationId).toBe(20);
  });

  it('expires at expiryDate and can be cancelled, freeing the connector', async () => {
    await sim.connected();
    // 30 s of simulated time is half a second here.
    expect(await reserve(1, 31, 'RES', 30_000)).toEqual({ status: 'Accepted' });
    const reserved = await sim.csms.waitForCall('StatusNotification', statusOf(1, 'Reserved'));
    await waitForCallAfter(sim.csms, reserved, statusOf(1, 'Available'));
    expect(sim.chargePoint.connector(1)?.reservationId).toBeUndefined();

    expect(await reserve(2, 32)).toEqual({ status: 'Accepted' });
    expect(await sim.command('CancelReservation', { reservationId: 99 })).toEqual({
      status: 'Rejected',
    });
    expect(await sim.command('CancelReservation', { reservationId: 32 })).toEqual({
      status: 'Accepted',
    });
    const reserved2 = await sim.csms.waitForCall('StatusNotification', statusOf(2, 'Reserved'));
    await waitForCallAfter(sim.csms, reserved2, statusOf(2, 'Available'));
    expect(sim.chargePoint.connector(2)).toMatchObject({
      status: 'Available',
      reservationId: undefined,
    });
  });

  it('reserves connector 0 only when ReserveConnectorZeroSupported, keeping one connector free', async () => {
    await sim.connected();
    expect(await reserve(0, 40)).toEqual({ status: 'Rejected' });
    expect(
      await sim.command('ChangeConfiguration', {
        key: 'ReserveConnectorZeroSupported',
        value: 'true',
      }),
    ).toEqual({ status: 'Accepted' });
    expect(await reserve(0, 40, 'RES-CARLA')).toEqual({ status: 'Accepted' });

    // Someone else may take connector 1, as connector 2 stays free for the reservation...
    await sim.charging(1, 'WALK-IN');
    // ...but not the last free connector.
    sim.chargePoint.plugIn(2, FLAT_AC_VEHICLE);
    expect(await sim.chargePoint.startTransaction(2, 'WALK-IN-2')).toEqual({
      started: false,
      reservedFor: 40,
    });
    // The refused driver leaves; the holder plugs in.
    await sim.chargePoint.unplug(2);
    sim.chargePoint.plugIn(2, FLAT_AC_VEHICLE);
    const result = await sim.chargePoint.startTransaction(2, 'RES-CARLA');
    expect(result).toMatchObject({ started: true });
    const start = await sim.csms.waitForCall('StartTransaction', (p) => p.connectorId === 2);
    expect(start.params).toMatchObject({ idTag: 'RES-CARLA', reservationId: 40 });
  });

  it('lets the group of a parentIdTag use the reservation', async () => {
    await sim.connected();
    expect(
      await sim.command('ReserveNow', {
        connectorId: 1,
        reservationId: 50,
        idTag: 'FLEET-CARD-1',
        parentIdTag: 'FLEET',
        expiryDate: inSimulated(sim.chargePoint, HOUR),
      }),
    ).toEqual({ status: 'Accepted' });
    // The connector turns Reserved just after the answer; plug in only once it has.
    await sim.csms.waitForCall('StatusNotification', statusOf(1, 'Reserved'));
    sim.chargePoint.plugIn(1, FLAT_AC_VEHICLE);
    expect(await sim.chargePoint.startTransaction(1, 'NOT-IN-FLEET')).toEqual({
      started: false,
      reservedFor: 50,
    });
    expect(await sim.chargePoint.startTransaction(1, 'FLEET-CARD-2')).toMatchObject({
      started: true,
    });
    const start = await sim.csms.waitForCall('StartTransaction');
    expect(start.params).toMatchObject({ idTag: 'FLEET-CARD-2', reservationId: 50 });
  });
});
