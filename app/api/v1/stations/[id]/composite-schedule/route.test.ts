import { eq } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { chargingProfiles, stations } from '@/db/schema';
import { ZCompositeScheduleResult } from '@/lib/openapi/schemas/smart-charging';
import type { TChargingProfile } from '@/lib/smart-charging/charging-profile';
import { aTxDefaultProfile, useProfileApi } from '@/lib/smart-charging/profile-api-test-kit';
import { SimulatedChargePoint } from '@/ocpp-server/simulator';
import { aStation } from '@/test/builders';
import { eventually } from '@/test/ocpp-builders';
import { aChargingSession } from '@/test/web-builders';
import { POST as setProfile } from '../charging-profiles/route';
import { GET } from './route';

const api = useProfileApi();
const { db } = api;
const chargers: SimulatedChargePoint[] = [];
afterAll(async () => {
  await Promise.all(chargers.map((charger) => charger.close()));
});

const CONNECTORS = [
  { connectorId: 1, type: 'Type2' as const, maxPowerW: 22_000 },
  { connectorId: 2, type: 'CCS2' as const, maxPowerW: 150_000 },
];

function composite(stationId: string, query: string, role: 'operator' | 'driver' = 'operator') {
  return api.call(GET, {
    method: 'GET',
    url: `/api/v1/stations/${stationId}/composite-schedule?${query}`,
    params: { id: stationId },
    role,
  });
}

/** A simulated charger that keeps and enforces the profiles it is sent. */
async function aSimulatedCharger() {
  const station = await aStation(db, { connectors: CONNECTORS });
  const charger = new SimulatedChargePoint({
    url: api.ocpp.server.endpoint,
    identity: station.identity,
    password: station.password,
    connectors: CONNECTORS,
    reconnect: false,
  });
  chargers.push(charger);
  await charger.connect();
  await eventually(async () => {
    const [row] = await db.select().from(stations).where(eq(stations.id, station.id));
    return row?.connectionState === 'online';
  });
  return station;
}

async function install(stationId: string, connectorId: number, profile: TChargingProfile) {
  const { status } = await api.call(setProfile, {
    method: 'POST',
    url: `/api/v1/stations/${stationId}/charging-profiles`,
    params: { id: stationId },
    body: { connectorId, profile },
  });
  expect(status).toBe(200);
}

/** Local and station answers computed in the same second (retried if a second boundary fell between). */
async function bothSources(stationId: string, query: string) {
  for (let attempt = 0; ; attempt++) {
    const station = await composite(stationId, `${query}&source=station`);
    const local = await composite(stationId, `${query}&source=local`);
    if (station.body.scheduleStart === local.body.scheduleStart || attempt === 3) {
      return { station, local };
    }
  }
}

describe('GET /api/v1/stations/{id}/composite-schedule', () => {
  it('computes locally what the simulated charger reports, in W and in A, per connector and station', async () => {
    const station = await aSimulatedCharger();
    const now = Math.floor(Date.now() / 1000) * 1000;
    const today = new Date(now).toISOString().slice(0, 10);
    await install(station.id, 0, {
      chargingProfileId: 1,
      stackLevel: 0,
      chargingProfilePurpose: 'ChargePointMaxProfile',
      chargingProfileKind: 'Recurring',
      recurrencyKind: 'Daily',
      chargingSchedule: {
        startSchedule: `${today}T00:00:00Z`,
        chargingRateUnit: 'W',
        chargingSchedulePeriod: [
          { startPeriod: 0, limit: 18_000 },
          { startPeriod: 6 * 3600, limit: 60_000 },
          { startPeriod: 18 * 3600, limit: 18_000 },
        ],
      },
    });
    await install(
      station.id,
      1,
      aTxDefaultProfile({
        chargingProfileId: 2,
        chargingSchedule: {
          startSchedule: new Date(now - 600_000).toISOString(),
          duration: 7_200,
          chargingRateUnit: 'W',
          chargingSchedulePeriod: [
            { startPeriod: 0, limit: 11_000 },
            { startPeriod: 1_800, limit: 7_400 },
          ],
        },
      }),
    );

    for (const query of [
      'connectorId=1&duration=86400',
      'connectorId=1&duration=172800&chargingRateUnit=A',
      'connectorId=2&duration=3600',
      'connectorId=0&duration=86400',
    ]) {
      const { station: remote, local } = await bothSources(station.id, query);
      expect([remote.status, local.status], query).toEqual([200, 200]);
      expect(ZCompositeScheduleResult.parse(local.body)).toEqual(local.body);
      expect(remote.body).toMatchObject({
        source: 'station',
        command: { state: 'answered', ocppStatus: 'Accepted' },
      });
      expect(local.body.source).toBe('local');
      expect(local.body.command).toBeUndefined();
      expect(local.body.chargingSchedule, query).toEqual(remote.body.chargingSchedule);
      expect(local.body.scheduleStart).toBe(remote.body.scheduleStart);
    }

    // Connector 1: its default profile (11 kW, 7.4 kW after 30 min, for 2 h), then the cap.
    const { body } = await composite(station.id, 'connectorId=1&duration=86400');
    const limits = body.chargingSchedule.chargingSchedulePeriod.map(
      (p: { limit: number }) => p.limit,
    );
    expect(limits.slice(0, 2)).toEqual([11_000, 7_400]);
    expect(limits[2]).toBeLessThanOrEqual(22_000);
    expect(body.chargingSchedule).toMatchObject({ duration: 86_400, chargingRateUnit: 'W' });
  });

  it('lets the transaction’s TxProfile override the default locally, even with the charger offline', async () => {
    const station = await aStation(db);
    const session = await aChargingSession(db, {
      stationId: station.id,
      connectorId: 1,
      transactionId: 515_151,
      // Started a minute ago: the window (from now, floored to the second) is inside it.
      startedAt: new Date(Date.now() - 60_000),
    });
    await db.insert(chargingProfiles).values(
      (
        [
          [1, aTxDefaultProfile({ chargingProfileId: 1 })],
          [
            1,
            aTxDefaultProfile({
              chargingProfileId: 2,
              chargingProfilePurpose: 'TxProfile',
              transactionId: session.transactionId!,
              chargingSchedule: {
                chargingRateUnit: 'W',
                chargingSchedulePeriod: [{ startPeriod: 0, limit: 5_000 }],
              },
              chargingProfileKind: 'Relative',
            }),
          ],
        ] as const
      ).map(([connectorId, profile]) => ({
        stationId: station.id,
        connectorId,
        chargingProfileId: profile.chargingProfileId,
        stackLevel: profile.stackLevel,
        purpose: profile.chargingProfilePurpose,
        kind: profile.chargingProfileKind,
        profile,
      })),
    );
    const { status, body } = await composite(station.id, 'connectorId=1&duration=600');
    expect(status).toBe(200);
    expect(body.chargingSchedule.chargingSchedulePeriod).toEqual([
      { startPeriod: 0, limit: 5_000 },
    ]);
    // Nothing limits connector 2: its rating.
    const other = await composite(station.id, 'connectorId=2&duration=600');
    expect(other.body.chargingSchedule.chargingSchedulePeriod).toEqual([
      { startPeriod: 0, limit: 150_000 },
    ]);
    // Asking the charger itself needs it online.
    const remote = await composite(station.id, 'connectorId=1&source=station');
    expect(remote.status).toBe(503);
  });

  it('answers 502 when the charger rejects GetCompositeSchedule, 504 when it does not answer', async () => {
    const rejecting = await api.aChargerAnswering({
      GetCompositeSchedule: () => ({ status: 'Rejected' }),
    });
    const rejected = await composite(rejecting.id, 'connectorId=1&source=station');
    expect(rejected.status).toBe(502);
    expect(rejected.body).toMatchObject({
      error: { code: 'charger_rejected', details: { ocppStatus: 'Rejected' } },
    });
    const slow = await api.aChargerAnswering({
      GetCompositeSchedule: () =>
        new Promise((resolve) => setTimeout(() => resolve({ status: 'Rejected' }), 1_500)),
    });
    expect((await composite(slow.id, 'connectorId=1&source=station')).status).toBe(504);
  });

  it('answers 400 for a bad query, 404 for an unknown station or connector, 403 to a driver', async () => {
    const station = await aStation(db);
    for (const query of [
      'connectorId=1&duration=604801',
      'connectorId=1&duration=0',
      'connectorId=one',
      'connectorId=1&chargingRateUnit=kW',
      'connectorId=1&source=cloud',
    ]) {
      expect((await composite(station.id, query)).status, query).toBe(400);
    }
    expect((await composite(station.id, 'connectorId=3')).status).toBe(404);
    expect((await composite('00000000-0000-4000-8000-00000000abcd', 'connectorId=1')).status).toBe(
      404,
    );
    expect((await composite(station.id, 'connectorId=1', 'driver')).status).toBe(403);
    // A week is the longest window.
    expect((await composite(station.id, 'connectorId=1&duration=604800')).status).toBe(200);
  });
});
