import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDb, type DbHandle } from '@/db/client';
import { createTestDatabase, type TestDatabase } from '@/test/test-database';
import { testDatabaseUrl } from '@/test/db';
import { NOW, seedAnalyticsDataset } from './analytics-dataset';
import { getAnalytics } from './get-analytics';
import { getOverview } from './get-overview';

// Network-wide counts need a database no other test file writes to at the same time.
let database: TestDatabase;
let handle: DbHandle;
let seeded: Awaited<ReturnType<typeof seedAnalyticsDataset>>;

beforeAll(async () => {
  database = await createTestDatabase(testDatabaseUrl());
  handle = createDb(database.url, { max: 3 });
  seeded = await seedAnalyticsDataset(handle.db);
}, 60_000);
afterAll(async () => {
  await handle?.close();
  await database?.dispose();
});

describe('getOverview on a hand-made network', () => {
  it('counts stations, live sessions, energy and revenue by UTC day and month', async () => {
    const overview = await getOverview(handle.db, { now: NOW });
    // A1 and B1 online, A2 offline; A1 has a faulted connector, B1 is faulted itself.
    expect(overview.stations).toEqual({ online: 2, offline: 1, faulted: 2 });
    expect(overview.sessionsInProgress).toBe(1);
    expect(overview.livePowerW).toBe(7_000);
    // Today: 20 kWh + 3 kWh so far + 1 kWh; the month adds the 14th's 5 kWh and the 1st's 10 kWh.
    expect(overview.energyWh).toEqual({ today: 24_000, month: 39_000 });
    expect(overview.revenue).toEqual([
      { currency: 'EUR', todayMinor: 600, monthMinor: 1_050 },
      { currency: 'GBP', todayMinor: 200, monthMinor: 200 },
    ]);
  });

  it('charts network power per quarter-hour over the last 24 h', async () => {
    const { powerSeries } = await getOverview(handle.db, { now: NOW });
    expect(powerSeries).toHaveLength(96);
    const kw = (at: string) => powerSeries.find((p) => p.at === `2031-06-${at}:00.000Z`)?.kw;
    expect(kw('14T22:00')).toBe(5); // 5 kWh over an hour
    expect(kw('15T08:00')).toBe(10); // 20 kWh over two hours
    expect(kw('15T09:00')).toBe(12); // plus B1's 1 kWh over half an hour
    expect(kw('15T11:00')).toBe(6); // 3 kWh so far, read at 11:30
    expect(kw('15T11:30')).toBe(0);
    expect(powerSeries.reduce((sum, p) => sum + p.kw / 4, 0)).toBeCloseTo(29, 6);
  });

  it('lists the latest 10 anomalies and the failed commands with their station', async () => {
    const { anomalies, failedCommands } = await getOverview(handle.db, { now: NOW });
    expect(anomalies).toHaveLength(10);
    expect(anomalies[0]).toMatchObject({
      message: 'Unknown transaction 11',
      station: { id: seeded.b1.id, name: 'B1' },
    });
    expect(failedCommands.map((c) => [c.action, c.state, c.ocppStatus])).toEqual([
      ['Reset', 'answered', 'Rejected'],
      ['ChangeAvailability', 'offline', null],
      ['Reset', 'timeout', null],
      ['UnlockConnector', 'answered', 'UnlockFailed'],
    ]);
    expect(failedCommands[0]!.station).toEqual({ id: seeded.b1.id, name: 'B1' });
  });
});

describe('getAnalytics for one site', () => {
  const range = () => ({
    from: new Date('2031-06-01T00:00:00Z'),
    to: new Date('2031-06-16T00:00:00Z'),
    siteId: seeded.siteA.id,
    now: NOW,
  });

  it('rates commands by action (in-flight ones not counted)', async () => {
    const { commandSuccess, errors } = await getAnalytics(handle.db, range());
    expect(commandSuccess.overall).toBe(0.5);
    expect(commandSuccess.byAction).toEqual([
      { action: 'ChangeAvailability', finished: 1, accepted: 0, rate: 0 },
      { action: 'GetConfiguration', finished: 1, accepted: 1, rate: 1 },
      { action: 'RemoteStartTransaction', finished: 1, accepted: 1, rate: 1 },
      { action: 'Reset', finished: 1, accepted: 0, rate: 0 },
      { action: 'UnlockConnector', finished: 2, accepted: 1, rate: 0.5 },
    ]);
    expect(errors.commands).toEqual({ rejected: 1, timeout: 1, offline: 1, failed: 0 });
    expect(errors.commandErrorRate).toBe(0.5);
  });

  it('computes completion, averages, unlocks per 100 sessions and errors by type', async () => {
    const { sessions, errors } = await getAnalytics(handle.db, range());
    expect(sessions).toEqual({
      started: 4,
      ended: 3,
      completionRate: 0.75,
      averageDurationS: 4_800,
      averageEnergyWh: 35_000 / 3,
      unlockRequests: 2,
      unlocksPer100Sessions: 50,
    });
    expect(errors.chargerErrors).toEqual([{ code: 'GroundFailure', count: 2 }]);
    expect(errors.anomalies).toEqual([{ kind: 'meter_backwards', count: 1 }]);
  });

  it('sums energy per UTC day and per site, and utilisation per connector', async () => {
    const { energy, utilisation } = await getAnalytics(handle.db, range());
    expect(energy.perDay).toHaveLength(15);
    const byDay = Object.fromEntries(energy.perDay.map((d) => [d.day, d.energyWh]));
    expect(byDay).toMatchObject({
      '2031-06-01': 10_000,
      '2031-06-14': 5_000,
      '2031-06-15': 23_000,
    });
    expect(energy.perDay.reduce((sum, d) => sum + d.energyWh, 0)).toBe(38_000);
    expect(energy.perSite).toEqual([
      { siteId: seeded.siteA.id, siteName: 'Alpha', energyWh: 38_000 },
    ]);
    const rangeS = 15 * 86_400;
    expect(utilisation.map((u) => [u.stationName, u.connectorId, u.occupiedS])).toEqual([
      ['A1', 1, 10_800], // 2 h done + 1 h charging until now
      ['A1', 2, 3_600],
      ['A2', 1, 3_600],
      ['A2', 2, 0],
    ]);
    expect(utilisation[0]!.share).toBeCloseTo(10_800 / rangeS, 9);
  });

  it('covers every site when none is chosen', async () => {
    const all = await getAnalytics(handle.db, { ...range(), siteId: undefined });
    expect(all.energy.perSite.map((s) => [s.siteName, s.energyWh])).toEqual([
      ['Alpha', 38_000],
      ['Bravo', 1_000],
    ]);
    expect(all.errors.chargerErrors).toEqual([
      { code: 'GroundFailure', count: 2 },
      { code: 'HighTemperature', count: 1 },
    ]);
    expect(all.sessions.started).toBe(5);
  });
});
