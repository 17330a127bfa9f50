import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { chargingProfiles, reservations } from '@/db/schema';
import type { TCommandRequest } from '@/lib/commands/command-requests';
import { aUser } from '@/test/builders';
import { SAMPLE_REQUESTS } from './command-samples';
import { answerProfileActions, useCommandTestbed } from './command-test-kit';

const testbed = useCommandTestbed();
const { db } = testbed;

function reservationsOf(stationId: string) {
  return db.select().from(reservations).where(eq(reservations.stationId, stationId));
}

function profilesOf(stationId: string) {
  return db
    .select()
    .from(chargingProfiles)
    .where(eq(chargingProfiles.stationId, stationId))
    .orderBy(chargingProfiles.setAt);
}

describe('reservations', () => {
  it('ReserveNow sends a freshly allocated id and, once Accepted, holds the connector; CancelReservation ends it', async () => {
    const operator = await aUser(db, { role: 'operator' });
    const { station, received } = await testbed.connectCharger();
    const reserved = await testbed.send({
      stationId: station.id,
      action: 'ReserveNow',
      request: { ...SAMPLE_REQUESTS.ReserveNow, parentIdTag: 'PARENT-1' },
      requestedBy: operator.id,
    });
    const sent = received.find((call) => call.method === 'ReserveNow')?.params as {
      reservationId: number;
    };
    expect(sent.reservationId).toEqual(expect.any(Number));
    expect(await reservationsOf(station.id)).toEqual([
      expect.objectContaining({
        id: sent.reservationId,
        connectorId: 1,
        idTag: 'TAG-RESERVE',
        parentIdTag: 'PARENT-1',
        expiresAt: new Date('2030-01-01T12:00:00Z'),
        status: 'Active',
        createdBy: operator.id,
        commandId: reserved.commandId,
      }),
    ]);

    const cancelled = await testbed.send({
      stationId: station.id,
      action: 'CancelReservation',
      request: { reservationId: sent.reservationId },
    });
    expect(cancelled.ocppStatus).toBe('Accepted');
    expect(await reservationsOf(station.id)).toEqual([
      expect.objectContaining({ id: sent.reservationId, status: 'Cancelled' }),
    ]);
  });

  it('a refused ReserveNow leaves no active reservation, and each attempt gets a new id', async () => {
    const { station, received } = await testbed.connectCharger({
      answer: (method, params) =>
        method === 'ReserveNow' ? { status: 'Occupied' } : answerProfileActions(method, params),
    });
    for (let attempt = 0; attempt < 2; attempt += 1) {
      const outcome = await testbed.send({
        stationId: station.id,
        action: 'ReserveNow',
        request: SAMPLE_REQUESTS.ReserveNow,
      });
      expect(outcome.ocppStatus).toBe('Occupied');
    }
    const ids = received.map((call) => (call.params as { reservationId: number }).reservationId);
    expect(new Set(ids).size).toBe(2);
    expect(await reservationsOf(station.id)).toEqual([]);
  });

  it('a given reservationId must be one of the station’s reservations', async () => {
    const { station } = await testbed.connectCharger();
    await expect(
      testbed.send({
        stationId: station.id,
        action: 'ReserveNow',
        request: { ...SAMPLE_REQUESTS.ReserveNow, reservationId: 2_000_000_000 },
      }),
    ).rejects.toMatchObject({ code: 'invalid_request' });
  });
});

function profile(
  chargingProfileId: number,
  overrides: Partial<TCommandRequest<'SetChargingProfile'>['csChargingProfiles']> = {},
) {
  return {
    ...SAMPLE_REQUESTS.SetChargingProfile.csChargingProfiles,
    chargingProfileId,
    ...overrides,
  };
}

describe('charging profiles', () => {
  it('an accepted profile is stored; one with the same id or stack level and purpose replaces it', async () => {
    const { station } = await testbed.connectCharger();
    const set = (connectorId: number, csChargingProfiles: ReturnType<typeof profile>) =>
      testbed.send({
        stationId: station.id,
        action: 'SetChargingProfile',
        request: { connectorId, csChargingProfiles },
      });

    const first = await set(1, profile(1));
    await set(2, profile(2, { stackLevel: 3, chargingProfilePurpose: 'ChargePointMaxProfile' }));
    await set(1, profile(1, { stackLevel: 5 }));
    await set(2, profile(4, { stackLevel: 3, chargingProfilePurpose: 'ChargePointMaxProfile' }));

    const rows = await profilesOf(station.id);
    expect(rows.map((row) => [row.chargingProfileId, row.connectorId, row.status])).toEqual([
      [1, 1, 'Cleared'],
      [2, 2, 'Cleared'],
      [1, 1, 'Active'],
      [4, 2, 'Active'],
    ]);
    expect(rows[0]).toMatchObject({
      commandId: first.commandId,
      purpose: 'TxDefaultProfile',
      kind: 'Absolute',
      profile: profile(1),
      clearedAt: expect.any(Date),
    });
  });

  it('a rejected profile is not stored', async () => {
    const { station } = await testbed.connectCharger({
      answer: (method, params) =>
        method === 'SetChargingProfile'
          ? { status: 'NotSupported' }
          : answerProfileActions(method, params),
    });
    const outcome = await testbed.send({
      stationId: station.id,
      action: 'SetChargingProfile',
      request: SAMPLE_REQUESTS.SetChargingProfile,
    });
    expect(outcome.ocppStatus).toBe('NotSupported');
    expect(await profilesOf(station.id)).toEqual([]);
  });

  it('ClearChargingProfile clears the active profiles matching every given criterion, or all', async () => {
    const { station } = await testbed.connectCharger();
    for (const [id, connectorId, stackLevel] of [
      [1, 1, 1],
      [2, 1, 2],
      [3, 2, 1],
    ] as const) {
      await testbed.send({
        stationId: station.id,
        action: 'SetChargingProfile',
        request: { connectorId, csChargingProfiles: profile(id, { stackLevel }) },
      });
    }
    const activeIds = async () =>
      (
        await db
          .select({ id: chargingProfiles.chargingProfileId })
          .from(chargingProfiles)
          .where(
            and(eq(chargingProfiles.stationId, station.id), eq(chargingProfiles.status, 'Active')),
          )
      )
        .map((row) => row.id)
        .sort();
    const clear = (request: TCommandRequest<'ClearChargingProfile'>) =>
      testbed.send({ stationId: station.id, action: 'ClearChargingProfile', request });

    await clear({ connectorId: 1, stackLevel: 2 });
    expect(await activeIds()).toEqual([1, 3]);
    await clear({ connectorId: 2, chargingProfilePurpose: 'ChargePointMaxProfile' });
    expect(await activeIds()).toEqual([1, 3]);
    await clear({});
    expect(await activeIds()).toEqual([]);
  });
});
