import { describe, expect, it } from 'vitest';
import { ZChargingProfileResult } from '@/lib/openapi/schemas/smart-charging';
import { useProfileApi } from '@/lib/smart-charging/profile-api-test-kit';
import { aSite, aStation } from '@/test/builders';
import { aChargingSession } from '@/test/web-builders';
import { POST } from './route';

const api = useProfileApi();
const { db } = api;

function apply(stationId: string, body: unknown, role: 'operator' | 'driver' = 'operator') {
  return api.call(POST, {
    method: 'POST',
    url: `/api/v1/stations/${stationId}/charging-profiles/scenarios`,
    params: { id: stationId },
    body,
    role,
  });
}

/** A charger accepting every profile, recording what it was sent. */
async function anAcceptingCharger(overrides: Parameters<typeof aStation>[1] = {}) {
  const received: { connectorId: number; csChargingProfiles: Record<string, unknown> }[] = [];
  const station = await api.aChargerAnswering(
    {
      SetChargingProfile: ({ params }) => {
        received.push(params as (typeof received)[number]);
        return { status: 'Accepted' };
      },
    },
    overrides,
  );
  return { station, received };
}

describe('POST /api/v1/stations/{id}/charging-profiles/scenarios', () => {
  it('sends peak shaving on connector 0 as the station’s ChargePointMaxProfile', async () => {
    const { station, received } = await anAcceptingCharger();
    const { status, body } = await apply(station.id, {
      scenario: 'peak_shaving',
      connectorId: 0,
      maxPowerW: 30_000,
    });
    expect(status).toBe(200);
    expect(ZChargingProfileResult.parse(body)).toEqual(body);
    expect(body.profile).toMatchObject({
      chargingProfileId: 1,
      chargingProfilePurpose: 'ChargePointMaxProfile',
      chargingSchedule: {
        chargingRateUnit: 'W',
        chargingSchedulePeriod: [{ startPeriod: 0, limit: 30_000 }],
      },
    });
    expect(received).toEqual([{ connectorId: 0, csChargingProfiles: body.profile }]);
  });

  it('takes a fresh profile id per scenario and counts time-of-use hours in the site’s time zone', async () => {
    const site = await aSite(db, { timeZone: 'Asia/Kolkata' });
    const { station, received } = await anAcceptingCharger({ siteId: site.id });
    const peak = await apply(station.id, {
      scenario: 'peak_shaving',
      connectorId: 1,
      maxPowerW: 11_000,
    });
    const tou = await apply(station.id, {
      scenario: 'time_of_use',
      connectorId: 1,
      offPeakW: 22_000,
      peakW: 3_700,
      peakStartHour: 17,
      peakEndHour: 21,
    });
    expect([peak.status, tou.status]).toEqual([200, 200]);
    expect(received.map((r) => r.csChargingProfiles.chargingProfileId)).toEqual([1, 2]);
    expect(tou.body.profile).toMatchObject({
      chargingProfileKind: 'Recurring',
      recurrencyKind: 'Daily',
      chargingSchedule: {
        chargingSchedulePeriod: [
          { startPeriod: 0, limit: 22_000 },
          { startPeriod: 17 * 3600, limit: 3_700 },
          { startPeriod: 21 * 3600, limit: 22_000 },
        ],
      },
    });
    // Local midnight in India is 18:30 UTC.
    expect(tou.body.profile.chargingSchedule.startSchedule).toMatch(/T18:30:00(\.000)?Z$/);
  });

  it('sends an energy cap as a TxProfile for the running transaction', async () => {
    const { station } = await anAcceptingCharger();
    await aChargingSession(db, { stationId: station.id, connectorId: 1, transactionId: 737_373 });
    const { status, body } = await apply(station.id, {
      scenario: 'energy_cap',
      connectorId: 1,
      transactionId: 737_373,
      maxEnergyWh: 5_500,
      durationSeconds: 7_200,
      powerLimitW: 11_000,
    });
    expect(status).toBe(200);
    expect(body.profile).toMatchObject({
      chargingProfilePurpose: 'TxProfile',
      transactionId: 737_373,
      chargingSchedule: {
        chargingSchedulePeriod: [
          { startPeriod: 0, limit: 11_000 },
          { startPeriod: 1_800, limit: 0 },
        ],
      },
    });
  });

  it.each([
    [{ scenario: 'solar_boost', connectorId: 1 }, 'scenario'],
    [{ connectorId: 1, maxPowerW: 1_000 }, 'scenario'],
    [{ scenario: 'peak_shaving', connectorId: 1 }, 'maxPowerW'],
    [
      { scenario: 'time_of_use', connectorId: 1, offPeakW: 1, peakW: 1, peakEndHour: 3 },
      'peakStartHour',
    ],
    [
      {
        scenario: 'energy_cap',
        connectorId: 1,
        maxEnergyWh: 1,
        durationSeconds: 60,
        powerLimitW: 1,
      },
      'transactionId',
    ],
  ])('answers 422 naming what is wrong in %j', async (request, path) => {
    const { station, received } = await anAcceptingCharger();
    const { status, body } = await apply(station.id, request);
    expect(status).toBe(422);
    expect(body.error.code).toBe('validation_failed');
    expect(body.error.details).toContainEqual({ path, message: expect.any(String) });
    expect(received).toEqual([]);
  });

  it('answers 422 when the generated profile breaks a rule (an energy cap with no such transaction)', async () => {
    const { station, received } = await anAcceptingCharger();
    const { status, body } = await apply(station.id, {
      scenario: 'energy_cap',
      connectorId: 1,
      transactionId: 1,
      maxEnergyWh: 1_000,
      durationSeconds: 600,
      powerLimitW: 7_000,
    });
    expect(status).toBe(422);
    expect(body.error.details).toContainEqual({
      path: 'transactionId',
      message: expect.any(String),
    });
    expect(received).toEqual([]);
  });

  it('names the scenario’s own field when its limit is above the connector’s rating', async () => {
    const { station, received } = await anAcceptingCharger();
    const { status, body } = await apply(station.id, {
      scenario: 'peak_shaving',
      connectorId: 1,
      maxPowerW: 500_000,
    });
    expect(status).toBe(422);
    expect(body.error.details).toContainEqual({
      path: 'maxPowerW',
      message: expect.stringContaining('above the connector'),
    });
    expect(received).toEqual([]);
  });

  it('answers 502 when the charger rejects, 503 offline, 404 unknown, 403 to a driver', async () => {
    const request = { scenario: 'peak_shaving', connectorId: 1, maxPowerW: 7_000 };
    const rejecting = await api.aChargerAnswering({
      SetChargingProfile: () => ({ status: 'Rejected' }),
    });
    const rejected = await apply(rejecting.id, request);
    expect(rejected.status).toBe(502);
    expect(rejected.body).toMatchObject({ error: { details: { ocppStatus: 'Rejected' } } });
    const offline = await aStation(db);
    expect((await apply(offline.id, request)).status).toBe(503);
    expect((await apply('00000000-0000-4000-8000-00000000abcd', request)).status).toBe(404);
    expect((await apply(offline.id, request, 'driver')).status).toBe(403);
  });
});
