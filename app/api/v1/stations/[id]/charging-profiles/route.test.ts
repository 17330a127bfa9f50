import { eq } from 'drizzle-orm';
import { createRPCError } from 'ocpp-rpc';
import { describe, expect, it } from 'vitest';
import { chargingProfiles } from '@/db/schema';
import { ZChargingProfileResult } from '@/lib/openapi/schemas/smart-charging';
import type { TChargingProfile } from '@/lib/smart-charging/charging-profile';
import { aTxDefaultProfile, useProfileApi } from '@/lib/smart-charging/profile-api-test-kit';
import { aStation } from '@/test/builders';
import { aChargingSession } from '@/test/web-builders';
import { DELETE, GET, POST } from './route';

const api = useProfileApi();
const { db } = api;
const UNKNOWN_ID = '00000000-0000-4000-8000-00000000abcd';

const url = (stationId: string, query = '') =>
  `/api/v1/stations/${stationId}/charging-profiles${query}`;

function setProfile(stationId: string, body: unknown, role: 'operator' | 'driver' = 'operator') {
  return api.call(POST, {
    method: 'POST',
    url: url(stationId),
    params: { id: stationId },
    body,
    role,
  });
}

function list(stationId: string, query = '') {
  return api.call(GET, { method: 'GET', url: url(stationId, query), params: { id: stationId } });
}

function clear(stationId: string, query = '') {
  return api.call(DELETE, {
    method: 'DELETE',
    url: url(stationId, query),
    params: { id: stationId },
  });
}

async function activeRows(stationId: string) {
  return (
    await db.select().from(chargingProfiles).where(eq(chargingProfiles.stationId, stationId))
  ).filter((row) => row.status === 'Active');
}

describe('POST /api/v1/stations/{id}/charging-profiles', () => {
  it('sends the profile and answers 200 with the command when the charger accepts', async () => {
    const received: unknown[] = [];
    const station = await api.aChargerAnswering({
      SetChargingProfile: ({ params }) => {
        received.push(params);
        return { status: 'Accepted' };
      },
    });
    const profile = aTxDefaultProfile();
    const { user, status, body } = await setProfile(station.id, { connectorId: 1, profile });
    expect(status).toBe(200);
    const [command] = await api.commandsOf(station.id);
    expect(body).toEqual({
      command: { commandId: command!.id, state: 'answered', ocppStatus: 'Accepted', error: null },
      profile,
    });
    expect(ZChargingProfileResult.parse(body)).toEqual(body);
    expect(received).toEqual([{ connectorId: 1, csChargingProfiles: profile }]);
    expect(command).toMatchObject({ action: 'SetChargingProfile', requestedBy: user.id });
    expect(await activeRows(station.id)).toMatchObject([
      { connectorId: 1, chargingProfileId: 1, purpose: 'TxDefaultProfile', setBy: user.id },
    ]);
  });

  it.each(['Rejected', 'NotSupported'])(
    "answers 502 with the charger's %s and installs nothing",
    async (answer) => {
      const station = await api.aChargerAnswering({
        SetChargingProfile: () => ({ status: answer }),
      });
      const { status, body } = await setProfile(station.id, {
        connectorId: 1,
        profile: aTxDefaultProfile(),
      });
      expect(status).toBe(502);
      expect(body).toMatchObject({
        error: { code: 'charger_rejected', details: { state: 'answered', ocppStatus: answer } },
      });
      expect(await activeRows(station.id)).toEqual([]);
    },
  );

  it('answers 502 with the CALLERROR', async () => {
    const station = await api.aChargerAnswering({
      SetChargingProfile: () => {
        throw createRPCError('InternalError', 'profile store full') as Error;
      },
    });
    const { status, body } = await setProfile(station.id, {
      connectorId: 1,
      profile: aTxDefaultProfile(),
    });
    expect(status).toBe(502);
    expect(body).toMatchObject({
      error: {
        code: 'charger_rejected',
        details: {
          state: 'failed',
          error: { code: 'InternalError', message: 'profile store full' },
        },
      },
    });
  });

  it('answers 504 when the charger does not answer in time', async () => {
    // Answers after the route's 1 s wait (a handler that never settles would hold the socket).
    const station = await api.aChargerAnswering({
      SetChargingProfile: () =>
        new Promise((resolve) => setTimeout(() => resolve({ status: 'Accepted' }), 1_500)),
    });
    const { status, body } = await setProfile(station.id, {
      connectorId: 1,
      profile: aTxDefaultProfile(),
    });
    expect(status).toBe(504);
    expect(body).toMatchObject({
      error: { code: 'charger_timeout', details: { state: 'timeout' } },
    });
  });

  it('answers 503 when the charger is offline, 409 when it is not Accepted', async () => {
    const offline = await aStation(db);
    const offlineAnswer = await setProfile(offline.id, {
      connectorId: 1,
      profile: aTxDefaultProfile(),
    });
    expect(offlineAnswer.status).toBe(503);
    expect(offlineAnswer.body).toMatchObject({
      error: { code: 'charger_offline', details: { state: 'offline' } },
    });
    const pending = await aStation(db, { registrationStatus: 'Pending' });
    const pendingAnswer = await setProfile(pending.id, {
      connectorId: 1,
      profile: aTxDefaultProfile(),
    });
    expect(pendingAnswer.status).toBe(409);
    expect(await api.commandsOf(pending.id)).toEqual([]);
  });

  it('answers 404 for an unknown station or connector, 403 to a driver, sending nothing', async () => {
    const station = await aStation(db);
    const body = { connectorId: 1, profile: aTxDefaultProfile() };
    expect((await setProfile(UNKNOWN_ID, body)).status).toBe(404);
    const unknownConnector = await setProfile(station.id, { ...body, connectorId: 3 });
    expect(unknownConnector.status).toBe(404);
    expect(unknownConnector.body).toMatchObject({ error: { message: 'Connector not found' } });
    expect((await setProfile(station.id, body, 'driver')).status).toBe(403);
    expect(await api.commandsOf(station.id)).toEqual([]);
  });

  it('answers 422 for a body that is not a profile', async () => {
    const station = await aStation(db);
    const { status, body } = await setProfile(station.id, {
      connectorId: 1,
      profile: { ...aTxDefaultProfile(), chargingProfilePurpose: 'Cheapest' },
    });
    expect(status).toBe(422);
    expect(body.error.code).toBe('validation_failed');
    expect(body.error.details).toContainEqual(
      expect.objectContaining({ path: 'profile.chargingProfilePurpose' }),
    );
  });

  const schedule = aTxDefaultProfile().chargingSchedule;
  const periods = schedule.chargingSchedulePeriod;
  const rules: [string, number, Partial<TChargingProfile>, string][] = [
    [
      'periods not ascending',
      1,
      {
        chargingSchedule: {
          ...schedule,
          chargingSchedulePeriod: [periods[0]!, { startPeriod: 0, limit: 5_000 }],
        },
      },
      'profile.chargingSchedule.chargingSchedulePeriod.1.startPeriod',
    ],
    [
      'the first period not at 0',
      1,
      {
        chargingSchedule: {
          ...schedule,
          chargingSchedulePeriod: [{ startPeriod: 60, limit: 5_000 }],
        },
      },
      'profile.chargingSchedule.chargingSchedulePeriod.0.startPeriod',
    ],
    [
      'a TxProfile without a running transaction',
      1,
      { chargingProfilePurpose: 'TxProfile' },
      'profile.chargingProfilePurpose',
    ],
    [
      'a TxProfile naming a transaction not running there',
      1,
      { chargingProfilePurpose: 'TxProfile', transactionId: 987_654 },
      'profile.transactionId',
    ],
    [
      'a ChargePointMaxProfile on a connector',
      1,
      { chargingProfilePurpose: 'ChargePointMaxProfile' },
      'connectorId',
    ],
    [
      'Recurring without startSchedule',
      1,
      {
        chargingProfileKind: 'Recurring',
        recurrencyKind: 'Daily',
        chargingSchedule: { chargingRateUnit: 'W', chargingSchedulePeriod: periods },
      },
      'profile.chargingSchedule.startSchedule',
    ],
    [
      'a limit above the connector’s rating',
      1,
      {
        chargingSchedule: {
          ...schedule,
          chargingSchedulePeriod: [{ startPeriod: 0, limit: 22_001 }],
        },
      },
      'profile.chargingSchedule.chargingSchedulePeriod.0.limit',
    ],
    [
      'an A limit above the rating (3 × 32 A × 230 V = 22,080 W > 22 kW)',
      1,
      {
        chargingSchedule: {
          chargingRateUnit: 'A',
          chargingSchedulePeriod: [{ startPeriod: 0, limit: 32 }],
        },
      },
      'profile.chargingSchedule.chargingSchedulePeriod.0.limit',
    ],
  ];
  it.each(rules)(
    'answers 422 for %s, naming the field, and sends nothing',
    async (_, connectorId, change, path) => {
      const station = await api.aChargerAnswering({
        SetChargingProfile: () => ({ status: 'Accepted' }),
      });
      const { status, body } = await setProfile(station.id, {
        connectorId,
        profile: { ...aTxDefaultProfile(), ...change },
      });
      expect(status).toBe(422);
      expect(body.error.code).toBe('validation_failed');
      expect(body.error.details).toContainEqual({ path, message: expect.any(String) });
      expect(await api.commandsOf(station.id)).toEqual([]);
    },
  );

  it('takes a TxProfile for the transaction charging on the connector', async () => {
    const station = await api.aChargerAnswering({
      SetChargingProfile: () => ({ status: 'Accepted' }),
    });
    await aChargingSession(db, { stationId: station.id, connectorId: 2, transactionId: 424_242 });
    const profile = aTxDefaultProfile({
      chargingProfilePurpose: 'TxProfile',
      transactionId: 424_242,
    });
    expect((await setProfile(station.id, { connectorId: 2, profile })).status).toBe(200);
    // The same profile on connector 1, where nothing charges, is refused.
    const elsewhere = await setProfile(station.id, { connectorId: 1, profile });
    expect(elsewhere.status).toBe(422);
  });
});

describe('GET /api/v1/stations/{id}/charging-profiles', () => {
  it('lists the active profiles, and with history=true every attempt with who, when and the answer', async () => {
    let answer = 'Rejected';
    const station = await api.aChargerAnswering({ SetChargingProfile: () => ({ status: answer }) });
    const rejected = await setProfile(station.id, { connectorId: 1, profile: aTxDefaultProfile() });
    expect(rejected.status).toBe(502);
    answer = 'Accepted';
    const first = await setProfile(station.id, { connectorId: 1, profile: aTxDefaultProfile() });
    // Same connector, purpose and stack level: replaces the first (which stays as history).
    const second = await setProfile(station.id, {
      connectorId: 1,
      profile: aTxDefaultProfile({ chargingProfileId: 2 }),
    });
    expect([first.status, second.status]).toEqual([200, 200]);

    const active = await list(station.id);
    expect(active.status).toBe(200);
    expect(active.body.items).toMatchObject([{ connectorId: 1, chargingProfileId: 2 }]);

    const history = await list(station.id, '?history=true');
    expect(history.status).toBe(200);
    expect(history.body.nextCursor).toBeNull();
    expect(history.body.items).toMatchObject([
      {
        commandId: second.body.command.commandId,
        setBy: { id: second.user.id, email: second.user.email, name: second.user.name },
        answer: { state: 'answered', ocppStatus: 'Accepted' },
        status: 'Active',
        clearedAt: null,
        profile: { chargingProfileId: 2 },
      },
      {
        commandId: first.body.command.commandId,
        setBy: { id: first.user.id },
        answer: { ocppStatus: 'Accepted' },
        status: 'Cleared',
        clearedAt: expect.any(String),
      },
      {
        setBy: { id: rejected.user.id },
        connectorId: 1,
        answer: { state: 'answered', ocppStatus: 'Rejected' },
        status: null,
        clearedAt: null,
      },
    ]);
    const times = history.body.items.map((item: { setAt: string }) => Date.parse(item.setAt));
    expect(times).toEqual([...times].sort((a, b) => b - a));
  });

  it('pages the history with a cursor and filters it by connector', async () => {
    const station = await api.aChargerAnswering({
      SetChargingProfile: () => ({ status: 'Accepted' }),
    });
    for (const [connectorId, stackLevel] of [
      [1, 0],
      [2, 0],
      [1, 1],
    ]) {
      await setProfile(station.id, {
        connectorId,
        profile: aTxDefaultProfile({
          chargingProfileId: 10 + stackLevel! + connectorId! * 2,
          stackLevel,
        }),
      });
    }
    const page1 = await list(station.id, '?history=true&limit=2');
    expect(page1.body.items).toHaveLength(2);
    expect(page1.body.nextCursor).toEqual(expect.any(String));
    const page2 = await list(station.id, `?history=true&limit=2&cursor=${page1.body.nextCursor}`);
    expect(page2.body).toMatchObject({ items: [{ connectorId: 1 }], nextCursor: null });
    const onConnector2 = await list(station.id, '?history=true&connectorId=2');
    expect(onConnector2.body.items).toMatchObject([{ connectorId: 2 }]);
    expect((await list(station.id, '?history=true&cursor=garbage')).status).toBe(400);
    expect((await list(station.id, '?history=true&limit=0')).status).toBe(400);
  });
});

describe('DELETE /api/v1/stations/{id}/charging-profiles', () => {
  async function withInstalled(stationId: string) {
    const row = (
      connectorId: number,
      chargingProfileId: number,
      purpose: 'TxDefaultProfile' | 'ChargePointMaxProfile',
      stackLevel: number,
    ) => ({
      stationId,
      connectorId,
      chargingProfileId,
      stackLevel,
      purpose,
      kind: 'Absolute' as const,
      profile: aTxDefaultProfile({
        chargingProfileId,
        stackLevel,
        chargingProfilePurpose: purpose,
      }),
    });
    await db
      .insert(chargingProfiles)
      .values([
        row(1, 1, 'TxDefaultProfile', 0),
        row(1, 2, 'TxDefaultProfile', 1),
        row(2, 3, 'TxDefaultProfile', 1),
        row(0, 4, 'ChargePointMaxProfile', 1),
      ]);
  }

  it('sends the filters combined by AND and clears only the rows matching all of them', async () => {
    const received: unknown[] = [];
    const station = await api.aChargerAnswering({
      ClearChargingProfile: ({ params }) => {
        received.push(params);
        return { status: 'Accepted' };
      },
    });
    await withInstalled(station.id);
    const { status, body } = await clear(
      station.id,
      '?connectorId=1&purpose=TxDefaultProfile&stackLevel=1',
    );
    expect(status).toBe(200);
    expect(body).toMatchObject({ command: { state: 'answered', ocppStatus: 'Accepted' } });
    expect(received).toEqual([
      { connectorId: 1, chargingProfilePurpose: 'TxDefaultProfile', stackLevel: 1 },
    ]);
    expect((await activeRows(station.id)).map((r) => r.chargingProfileId).sort()).toEqual([
      1, 3, 4,
    ]);

    expect((await clear(station.id, '?profileId=4')).status).toBe(200);
    expect(received.at(-1)).toEqual({ id: 4 });
    expect((await activeRows(station.id)).map((r) => r.chargingProfileId).sort()).toEqual([1, 3]);

    // No filters: everything.
    expect((await clear(station.id)).status).toBe(200);
    expect(received.at(-1)).toEqual({});
    expect(await activeRows(station.id)).toEqual([]);
  });

  it('answers 404 with the command when the charger has nothing matching (Unknown)', async () => {
    const station = await api.aChargerAnswering({
      ClearChargingProfile: () => ({ status: 'Unknown' }),
    });
    await withInstalled(station.id);
    const { status, body } = await clear(station.id, '?profileId=99');
    expect(status).toBe(404);
    expect(body).toMatchObject({
      error: { code: 'not_found', details: { state: 'answered', ocppStatus: 'Unknown' } },
    });
    expect(await activeRows(station.id)).toHaveLength(4);
  });

  it('answers 400 for a bad filter, 404 for an unknown station, 503 offline', async () => {
    const station = await aStation(db);
    expect((await clear(station.id, '?purpose=Cheapest')).status).toBe(400);
    expect((await clear(station.id, '?stackLevel=-1')).status).toBe(400);
    expect((await clear(UNKNOWN_ID)).status).toBe(404);
    expect((await clear(station.id)).status).toBe(503);
  });
});
