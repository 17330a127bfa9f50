import { randomInt } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { commands, vehicles } from '@/db/schema';
import type { TApiErrorBody } from '@/lib/api/error-response';
import { closeDb } from '@/lib/db';
import { ZSchedulePreview } from '@/lib/openapi/schemas/schedule-preview';
import type { TChargingProfile } from '@/lib/smart-charging/charging-profile';
import { aSite, aStation, aTariff, aUser } from '@/test/builders';
import { testDatabaseUrl, useTestDb } from '@/test/db';
import { aChargingSession, aSignedInCookie, TEST_NEXTAUTH_SECRET } from '@/test/web-builders';
import { POST } from './route';

process.env.DATABASE_URL = testDatabaseUrl();
process.env.NEXTAUTH_SECRET = TEST_NEXTAUTH_SECRET;

const { db } = useTestDb();
afterAll(async () => {
  await closeDb();
});

const UNKNOWN_ID = '00000000-0000-4000-8000-00000000abcd';
const peakShaving = { scenario: 'peak_shaving', connectorId: 1, maxPowerW: 7_000 } as const;

async function previewOf(
  stationId: string,
  body: unknown,
  role: 'operator' | 'driver' = 'operator',
) {
  // A fresh user per call: writes are rate limited per user.
  const user = await aUser(db, { role });
  const { cookie } = await aSignedInCookie(db, user);
  const response = await POST(
    new Request(`http://test.local/api/v1/stations/${stationId}/charging-profiles/preview`, {
      method: 'POST',
      headers: { cookie, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    }),
    { params: Promise.resolve({ id: stationId }) },
  );
  return { status: response.status, body: (await response.json()) as unknown };
}

async function aTariffedStation() {
  const site = await aSite(db);
  const tariff = await aTariff(db);
  return aStation(db, { siteId: site.id, tariffId: tariff.id });
}

describe('POST /api/v1/stations/{id}/charging-profiles/preview', () => {
  it('answers 200 with the curve, finish and cost of a scenario, sending nothing', async () => {
    const station = await aTariffedStation();
    const before = Date.now();
    const { status, body } = await previewOf(station.id, {
      connectorId: 1,
      scenario: peakShaving,
      energyWh: 14_000,
    });
    expect(status).toBe(200);
    const preview = ZSchedulePreview.parse(body);
    expect(preview).toEqual(body);
    const start = Date.parse(preview.curve[0]!.at);
    expect(start).toBeGreaterThanOrEqual(before);
    expect(body).toMatchObject({
      curve: [{ powerW: 7_000 }, { at: new Date(start + 7_200_000).toISOString(), powerW: 0 }],
      energyWh: 14_000,
      durationS: 7_200,
      cost: { currency: 'EUR', total: 500 },
      profile: { chargingProfilePurpose: 'TxDefaultProfile', stackLevel: 4 },
      profileConnectorId: 1,
    });
    expect(await db.select().from(commands).where(eq(commands.stationId, station.id))).toEqual([]);
  });

  it('previews a raw profile for the session charging on the connector, from its car', async () => {
    const station = await aTariffedStation();
    const driver = await aUser(db);
    const [car] = await db
      .insert(vehicles)
      .values({ userId: driver.id, make: 'Test', model: 'Car', batteryCapacityWh: 40_000 })
      .returning();
    const transactionId = randomInt(2_000_000, 2_000_000_000);
    const session = await aChargingSession(db, {
      stationId: station.id,
      transactionId,
      vehicleId: car!.id,
      socPercent: 50,
    });
    const profile: TChargingProfile = {
      chargingProfileId: 7,
      transactionId,
      stackLevel: 1,
      chargingProfilePurpose: 'TxProfile',
      chargingProfileKind: 'Relative',
      chargingSchedule: {
        chargingRateUnit: 'A',
        chargingSchedulePeriod: [{ startPeriod: 0, limit: 16, numberPhases: 1 }],
      },
    };
    const { status, body } = await previewOf(station.id, {
      connectorId: 1,
      sessionId: session.id,
      profile,
      targetSocPercent: 80,
    });
    expect(status).toBe(200);
    // 16 A × 230 V on one phase; 30 % of 40 kWh stops exactly at the taper.
    expect(body).toMatchObject({
      sessionId: session.id,
      energyNeedWh: 12_000,
      energyWh: 12_000,
      curve: [{ powerW: 3_680 }, { powerW: 0 }],
      profile,
    });
  });

  it('answers 404 for an unknown station or connector, 403 to a driver', async () => {
    const station = await aStation(db);
    const body = { connectorId: 1, scenario: peakShaving, energyWh: 1_000 };
    expect((await previewOf(UNKNOWN_ID, body)).status).toBe(404);
    expect((await previewOf('not-a-uuid', body)).status).toBe(404);
    const noConnector = await previewOf(station.id, {
      ...body,
      connectorId: 5,
      scenario: { ...peakShaving, connectorId: 5 },
    });
    expect(noConnector).toMatchObject({ status: 404, body: { error: { code: 'not_found' } } });
    const driver = await previewOf(station.id, body, 'driver');
    expect(driver).toMatchObject({ status: 403, body: { error: { code: 'forbidden' } } });
  });

  it('answers 422 naming the unknown scenario, the missing need or the broken rule', async () => {
    const station = await aStation(db);
    const detailsOf = async (body: unknown) => {
      const result = await previewOf(station.id, body);
      expect(result.status).toBe(422);
      return ((result.body as TApiErrorBody).error.details as { path: string }[]).map(
        (d) => d.path,
      );
    };
    expect(
      await detailsOf({ connectorId: 1, scenario: { scenario: 'solar' }, energyWh: 1 }),
    ).toEqual(['scenario.scenario']);
    expect(
      await detailsOf({ connectorId: 1, scenario: { scenario: 'peak_shaving', connectorId: 1 } }),
    ).toEqual(['scenario.maxPowerW']);
    expect(await detailsOf({ connectorId: 1, energyWh: 1 })).toEqual(['profile']);
    expect(
      await detailsOf({ connectorId: 1, scenario: peakShaving, energyWh: 1, socPercent: 10 }),
    ).toEqual(['socPercent']);
    expect(await detailsOf({ connectorId: 1, scenario: peakShaving })).toEqual([
      'batteryCapacityWh',
      'socPercent',
    ]);
    expect(
      await detailsOf({
        connectorId: 1,
        energyWh: 1,
        profile: {
          chargingProfileId: 1,
          stackLevel: 0,
          chargingProfilePurpose: 'TxProfile',
          chargingProfileKind: 'Relative',
          chargingSchedule: {
            chargingRateUnit: 'W',
            chargingSchedulePeriod: [{ startPeriod: 0, limit: 1_000 }],
          },
        },
      }),
    ).toEqual(['profile.chargingProfilePurpose']);
  });
});
