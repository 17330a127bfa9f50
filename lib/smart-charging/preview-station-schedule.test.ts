import { randomInt, randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { chargingProfiles, vehicles } from '@/db/schema';
import { ApiError } from '@/lib/api/api-error';
import { aSite, aStation, aTariff, aUser } from '@/test/builders';
import { useTestDb } from '@/test/db';
import { aChargingSession } from '@/test/web-builders';
import type { TChargingProfile } from './charging-profile';
import {
  previewStationSchedule,
  ZSchedulePreviewRequest,
  type TSchedulePreviewRequest,
} from './preview-station-schedule';

const { db } = useTestDb();

const NOW = Date.parse('2025-03-10T15:00:00Z');
const iso = (seconds: number) => new Date(NOW + seconds * 1000).toISOString();
const HOUR = 3_600;

function preview(stationId: string, request: TSchedulePreviewRequest, now = NOW) {
  return previewStationSchedule(db, { ...ZSchedulePreviewRequest.parse(request), stationId, now });
}

async function rejection(promise: Promise<unknown>): Promise<ApiError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof ApiError)) throw new Error(`expected an ApiError, got ${String(error)}`);
  return error;
}

async function aStationWithTariff(timeZone = 'Europe/Berlin') {
  const tariff = await aTariff(db);
  const site = await aSite(db, { timeZone });
  return aStation(db, { siteId: site.id, tariffId: tariff.id });
}

const peakShaving = (maxPowerW: number, connectorId = 1) =>
  ({ scenario: 'peak_shaving', connectorId, maxPowerW }) as const;

describe('previewStationSchedule', () => {
  it('previews a 7 kW cap for 14 kWh: 2 h, priced by the station’s tariff', async () => {
    const station = await aStationWithTariff();
    const result = await preview(station.id, {
      connectorId: 1,
      scenario: peakShaving(7_000),
      energyWh: 14_000,
    });
    expect(result).toMatchObject({
      curve: [
        { at: iso(0), powerW: 7_000 },
        { at: iso(2 * HOUR), powerW: 0 },
      ],
      finishAt: iso(2 * HOUR),
      energyWh: 14_000,
      energyNeedWh: 14_000,
      durationS: 2 * HOUR,
      sessionId: null,
      profileConnectorId: 1,
      profile: { chargingProfileId: 1, stackLevel: 4, chargingProfilePurpose: 'TxDefaultProfile' },
      // 14 kWh × 0.30 EUR = 420 cents, 19 % VAT = 79.8 → 80.
      cost: { currency: 'EUR', subtotal: 420, vat: 80, total: 500 },
    });
  });

  it('keeps the station’s installed cap over the candidate, and has no cost without a tariff', async () => {
    const station = await aStation(db);
    const cap: TChargingProfile = {
      chargingProfileId: 3,
      stackLevel: 1,
      chargingProfilePurpose: 'ChargePointMaxProfile',
      chargingProfileKind: 'Absolute',
      chargingSchedule: {
        startSchedule: iso(-60),
        chargingRateUnit: 'W',
        chargingSchedulePeriod: [{ startPeriod: 0, limit: 4_000 }],
      },
    };
    await db.insert(chargingProfiles).values({
      stationId: station.id,
      connectorId: 0,
      chargingProfileId: 3,
      stackLevel: 1,
      purpose: 'ChargePointMaxProfile',
      kind: 'Absolute',
      profile: cap,
    });
    const result = await preview(station.id, {
      connectorId: 1,
      scenario: peakShaving(7_000),
      energyWh: 4_000,
    });
    expect(result.finishAt).toBe(iso(HOUR));
    expect(result.cost).toBeNull();
    // The scenario got an id no Active profile uses, so it replaces nothing by id.
    expect(result.profile.chargingProfileId).toBe(1);
  });

  it('counts time-of-use hours in the site’s time zone', async () => {
    const station = await aStationWithTariff('America/New_York');
    const result = await preview(
      station.id,
      {
        connectorId: 1,
        scenario: {
          scenario: 'time_of_use',
          connectorId: 0,
          offPeakW: 11_000,
          peakW: 3_000,
          peakStartHour: 17,
          peakEndHour: 21,
        },
        energyWh: 20_000,
      },
      Date.parse('2025-03-10T20:00:00Z'), // 16:00 EDT
    );
    expect(result.curve.slice(0, 2)).toEqual([
      { at: '2025-03-10T20:00:00.000Z', powerW: 11_000 },
      { at: '2025-03-10T21:00:00.000Z', powerW: 3_000 },
    ]);
    expect(result.profileConnectorId).toBe(0);
  });

  it('previews a running session from its car’s SoC, its transaction and its frozen tariff', async () => {
    const station = await aStationWithTariff();
    const driver = await aUser(db);
    const [car] = await db
      .insert(vehicles)
      .values({ userId: driver.id, make: 'Test', model: 'Car', batteryCapacityWh: 60_000 })
      .returning();
    const transactionId = randomInt(2_000_000, 2_000_000_000);
    const session = await aChargingSession(db, {
      stationId: station.id,
      transactionId,
      vehicleId: car!.id,
      socPercent: 70,
      startedAt: new Date(NOW - 600_000),
      tariffSnapshot: {
        currency: 'EUR',
        energyPricePerMwh: 50_000,
        timePricePerHour: 0,
        sessionFee: 99,
        idleFeePerHour: 0,
        idleGraceMinutes: 0,
        vatBasisPoints: 0,
        bands: [],
        timeZone: 'Europe/Berlin',
      },
    });
    const result = await preview(station.id, {
      connectorId: 1,
      sessionId: session.id,
      scenario: {
        scenario: 'energy_cap',
        connectorId: 1,
        transactionId,
        maxEnergyWh: 5_000,
        durationSeconds: HOUR,
        powerLimitW: 10_000,
      },
    });
    expect(result.sessionId).toBe(session.id);
    expect(result.energyNeedWh).toBe(18_000); // 70 % → 100 % of 60 kWh
    expect(result.curve.slice(0, 3)).toEqual([
      { at: iso(0), powerW: 10_000 },
      { at: iso(HOUR / 2), powerW: 0 },
      { at: iso(HOUR), powerW: 22_000 },
    ]);
    expect(result.energyWh).toBe(18_000);
    expect(result.finishAt).not.toBeNull();
    // 18 kWh × 0.50 EUR; the session fee belongs to the session already running.
    expect(result.cost).toMatchObject({ total: 900, lines: [{ kind: 'energy', amount: 900 }] });

    // Without sessionId the session charging on the connector is found all the same.
    const found = await preview(station.id, {
      connectorId: 1,
      scenario: peakShaving(11_000),
      socPercent: 90,
    });
    expect(found).toMatchObject({ sessionId: session.id, energyNeedWh: 6_000 });
  });

  it('answers 404 for an unknown station, connector or session', async () => {
    const station = await aStation(db);
    const request = { connectorId: 1, scenario: peakShaving(7_000), energyWh: 1_000 };
    expect((await rejection(preview(randomUUID(), request))).code).toBe('not_found');
    expect(
      (
        await rejection(
          preview(station.id, { ...request, connectorId: 9, scenario: peakShaving(7_000, 9) }),
        )
      ).code,
    ).toBe('not_found');
    const unknownSession = await rejection(
      preview(station.id, { ...request, sessionId: randomUUID() }),
    );
    expect(unknownSession.code).toBe('not_found');
  });

  it('answers 422 naming what breaks OCPP’s rules or what need is missing', async () => {
    const station = await aStation(db);
    const noTransaction = await rejection(
      preview(station.id, {
        connectorId: 1,
        scenario: {
          scenario: 'energy_cap',
          connectorId: 1,
          transactionId: 123,
          maxEnergyWh: 1_000,
          durationSeconds: 60,
          powerLimitW: 1_000,
        },
        energyWh: 1_000,
      }),
    );
    expect(noTransaction).toMatchObject({
      code: 'validation_failed',
      details: [{ path: 'scenario.transactionId' }],
    });
    const overRating = await rejection(
      preview(station.id, { connectorId: 1, scenario: peakShaving(50_000), energyWh: 1_000 }),
    );
    expect(overRating.details).toMatchObject([{ path: 'scenario.maxPowerW' }]);
    const noNeed = await rejection(
      preview(station.id, { connectorId: 1, scenario: peakShaving(7_000), socPercent: 20 }),
    );
    expect(noNeed).toMatchObject({
      code: 'validation_failed',
      details: [{ path: 'batteryCapacityWh' }],
    });
  });
});

describe('ZSchedulePreviewRequest', () => {
  const paths = (body: unknown) =>
    ZSchedulePreviewRequest.safeParse(body).error?.issues.map((i) => i.path.join('.')) ?? [];

  it('wants exactly one candidate and one way to give the need', () => {
    expect(paths({ connectorId: 1, energyWh: 1 })).toEqual(['profile']);
    expect(paths({ connectorId: 1, scenario: peakShaving(1), energyWh: 1, socPercent: 5 })).toEqual(
      ['socPercent'],
    );
    expect(paths({ connectorId: 1, scenario: peakShaving(1, 2), energyWh: 1 })).toEqual([
      'scenario.connectorId',
    ]);
    expect(paths({ connectorId: 1, scenario: { scenario: 'boost' }, energyWh: 1 })).toEqual([
      'scenario.scenario',
    ]);
  });
});
