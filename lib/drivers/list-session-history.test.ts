import { describe, expect, it } from 'vitest';
import { stations, vehicles } from '@/db/schema';
import { eq } from 'drizzle-orm';
import { aUser } from '@/test/builders';
import { useTestDb } from '@/test/db';
import { aChargingSession } from '@/test/web-builders';
import { aFinishedSession, aPricedStation } from './driver-history-test-kit';
import { exportSessionHistoryCsv } from './export-session-history-csv';
import { listSessionHistory } from './list-session-history';

const { db } = useTestDb();

const at = (iso: string) => new Date(iso);

async function aVehicle(userId: string, model = 'ID.3') {
  const [vehicle] = await db
    .insert(vehicles)
    .values({ userId, make: 'Volkswagen', model, connectorTypes: ['CCS2'] })
    .returning();
  return vehicle!;
}

describe('listSessionHistory', () => {
  it('groups finished sessions by month, newest first, with totals for the whole month on every page', async () => {
    const driver = await aUser(db);
    const other = await aUser(db);
    const { station } = await aPricedStation(db);
    const finish = (startedAt: string, energyWh: number) =>
      aFinishedSession(db, {
        userId: driver.id,
        stationId: station.id,
        startedAt: at(startedAt),
        energyWh,
      });
    const mar20 = await finish('2026-03-20T10:00:00Z', 20_000);
    const mar10 = await finish('2026-03-10T10:00:00Z', 10_000);
    const mar02 = await finish('2026-03-02T10:00:00Z', 5_000);
    const feb25 = await finish('2026-02-25T10:00:00Z', 1_000);
    const feb10 = await finish('2026-02-10T10:00:00Z', 2_000);
    // Neither another driver's session nor an open one of this driver counts.
    await aFinishedSession(db, {
      userId: other.id,
      stationId: station.id,
      startedAt: at('2026-03-15T10:00:00Z'),
    });
    await aChargingSession(db, { stationId: station.id, userId: driver.id });

    const march = {
      sessions: 3,
      energyWh: 35_000,
      costMinor: mar20.costMinor! + mar10.costMinor! + mar02.costMinor!,
      currency: 'EUR',
      durationSeconds: 3 * 3600,
    };
    expect(mar10.costMinor).toBe(357); // 10 kWh × 0.30 EUR + 19 % VAT

    const first = await listSessionHistory(db, { driverId: driver.id, limit: 2 });
    expect(first.months.map((m) => [m.month, m.items.map((i) => i.id)])).toEqual([
      ['2026-03', [mar20.id, mar10.id]],
    ]);
    expect(first.months[0]!.totals).toEqual(march);
    expect(first.months[0]!.items[0]).toMatchObject({
      status: 'COMPLETED',
      energyWh: 20_000,
      durationSeconds: 3600,
      costMinor: mar20.costMinor,
      currency: 'EUR',
      connectorType: 'CCS2',
      hasReceipt: true,
    });

    const second = await listSessionHistory(db, {
      driverId: driver.id,
      limit: 2,
      cursor: first.nextCursor!,
    });
    expect(second.months.map((m) => [m.month, m.items.map((i) => i.id)])).toEqual([
      ['2026-03', [mar02.id]],
      ['2026-02', [feb25.id]],
    ]);
    expect(second.months[0]!.totals).toEqual(march);
    expect(second.months[1]!.totals).toMatchObject({ sessions: 2, energyWh: 3_000 });

    const third = await listSessionHistory(db, {
      driverId: driver.id,
      limit: 2,
      cursor: second.nextCursor!,
    });
    expect(third.months.flatMap((m) => m.items.map((i) => i.id))).toEqual([feb10.id]);
    expect(third.nextCursor).toBeNull();
  });

  it('puts a session in the month of the requested time zone', async () => {
    const driver = await aUser(db);
    const { station } = await aPricedStation(db);
    // 23:30 UTC on 28 February is 00:30 on 1 March in Berlin.
    await aFinishedSession(db, {
      userId: driver.id,
      stationId: station.id,
      startedAt: at('2026-02-28T23:30:00Z'),
    });
    const utc = await listSessionHistory(db, { driverId: driver.id });
    const berlin = await listSessionHistory(db, { driverId: driver.id, timeZone: 'Europe/Berlin' });
    expect(utc.months.map((m) => m.month)).toEqual(['2026-02']);
    expect(berlin.months.map((m) => m.month)).toEqual(['2026-03']);
    expect(berlin.months[0]!.totals.sessions).toBe(1);
  });

  it('pages stably through sessions that started at the same instant', async () => {
    const driver = await aUser(db);
    const { station } = await aPricedStation(db);
    const ids = new Set<string>();
    for (let i = 0; i < 3; i++) {
      ids.add(
        (
          await aFinishedSession(db, {
            userId: driver.id,
            stationId: station.id,
            startedAt: at('2026-01-05T08:00:00.123Z'),
          })
        ).id,
      );
    }
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await listSessionHistory(db, { driverId: driver.id, limit: 1, cursor });
      seen.push(...page.months.flatMap((m) => m.items.map((i) => i.id)));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(seen).toHaveLength(3);
    expect(new Set(seen)).toEqual(ids);
  });

  it('narrows items and totals by vehicle, site, city and time range', async () => {
    const driver = await aUser(db);
    const vehicle = await aVehicle(driver.id);
    const berlin = await aPricedStation(db, { site: { city: 'Berlin' } });
    const hamburg = await aPricedStation(db, { site: { city: 'Hamburg' } });
    const inBerlin = await aFinishedSession(db, {
      userId: driver.id,
      stationId: berlin.station.id,
      startedAt: at('2026-04-03T10:00:00Z'),
      vehicleId: vehicle.id,
    });
    const inHamburg = await aFinishedSession(db, {
      userId: driver.id,
      stationId: hamburg.station.id,
      startedAt: at('2026-04-20T10:00:00Z'),
      status: 'STOPPED',
    });
    const ids = async (filters: Parameters<typeof listSessionHistory>[1]) => {
      const history = await listSessionHistory(db, { ...filters, driverId: driver.id });
      return {
        ids: history.months.flatMap((m) => m.items.map((i) => i.id)),
        sessions: history.months.map((m) => m.totals.sessions),
      };
    };
    expect(await ids({ driverId: driver.id })).toEqual({
      ids: [inHamburg.id, inBerlin.id],
      sessions: [2],
    });
    expect(await ids({ driverId: driver.id, vehicleId: vehicle.id })).toEqual({
      ids: [inBerlin.id],
      sessions: [1],
    });
    expect(await ids({ driverId: driver.id, siteId: hamburg.site.id })).toEqual({
      ids: [inHamburg.id],
      sessions: [1],
    });
    expect(await ids({ driverId: driver.id, city: 'hamburg' })).toEqual({
      ids: [inHamburg.id],
      sessions: [1],
    });
    expect(
      await ids({
        driverId: driver.id,
        from: at('2026-04-01T00:00:00Z'),
        to: at('2026-04-10T00:00:00Z'),
      }),
    ).toEqual({ ids: [inBerlin.id], sessions: [1] });
  });
});

describe('exportSessionHistoryCsv', () => {
  it('writes a header and one RFC 4180 row per session, times in the zone, energy and cost as decimals', async () => {
    const driver = await aUser(db);
    const vehicle = await aVehicle(driver.id, 'ID.4 "GTX", blue');
    const { station, site } = await aPricedStation(db, { site: { city: 'Köln' } });
    await db.update(stations).set({ name: 'Dock 1, "north"' }).where(eq(stations.id, station.id));
    const session = await aFinishedSession(db, {
      userId: driver.id,
      stationId: station.id,
      startedAt: at('2026-03-01T09:58:00Z'),
      minutes: 42,
      energyWh: 24_310,
      vehicleId: vehicle.id,
    });
    const free = await aPricedStation(db, { tariff: null });
    const unpriced = await aFinishedSession(db, {
      userId: driver.id,
      stationId: free.station.id,
      startedAt: at('2026-02-01T12:00:00Z'),
      energyWh: 1_005,
      stopReason: '=HYPERLINK("x")',
    });

    const csv = await exportSessionHistoryCsv(db, {
      driverId: driver.id,
      timeZone: 'Europe/Berlin',
    });
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe(
      'Session ID,Start,Stop,Station,Site,City,Connector,Energy (kWh),Duration (s),Cost,Currency,Vehicle,Stop reason',
    );
    expect(lines[1]).toBe(
      [
        session.id,
        '2026-03-01T10:58:00+01:00',
        '2026-03-01T11:40:00+01:00',
        '"Dock 1, ""north"""',
        site.name,
        'Köln',
        '2 (CCS2)',
        '24.310',
        '2520',
        '8.68', // 24.31 kWh × 0.30 = 7.29 + 19 % VAT 1.39
        'EUR',
        '"Volkswagen ID.4 ""GTX"", blue"',
        'EVDisconnected',
      ].join(','),
    );
    expect(session.costMinor).toBe(868);
    expect(lines[2]).toBe(
      `${unpriced.id},2026-02-01T13:00:00+01:00,2026-02-01T14:00:00+01:00,${free.station.name},${free.site.name},Berlin,2 (CCS2),1.005,3600,,,,"'=HYPERLINK(""x"")"`,
    );
    expect(lines.at(-1)).toBe('');
    expect(lines).toHaveLength(4);

    const utc = await exportSessionHistoryCsv(db, { driverId: driver.id });
    expect(utc.split('\r\n')[1]).toContain(',2026-03-01T09:58:00Z,2026-03-01T10:40:00Z,');
  });
});
