import { describe, expect, it } from 'vitest';
import { decodeCursor } from '@/lib/api/cursor';
import { aSite, aStation, aUser } from '@/test/builders';
import { useTestDb } from '@/test/db';
import { aChargingSession } from '@/test/web-builders';
import { parseConsoleSessionFilters, ZConsoleSessionCursor } from './console-session-filters';
import { listConsoleSessions } from './list-console-sessions';

const { db } = useTestDb();

describe('listConsoleSessions', () => {
  it('filters by site, station, driver, status and a day range, newest first, page by page', async () => {
    const site = await aSite(db);
    const station = await aStation(db, { siteId: site.id });
    const other = await aStation(db);
    const driver = await aUser(db, { name: 'Ada Driver' });
    const at = (iso: string) => new Date(iso);
    const older = await aChargingSession(db, {
      stationId: station.id,
      userId: driver.id,
      status: 'COMPLETED',
      startedAt: at('2031-05-01T08:00:00Z'),
    });
    const newer = await aChargingSession(db, {
      stationId: station.id,
      userId: driver.id,
      status: 'COMPLETED',
      startedAt: at('2031-05-02T23:30:00Z'),
    });
    await aChargingSession(db, { stationId: station.id, startedAt: at('2031-05-03T00:00:00Z') });
    await aChargingSession(db, { stationId: other.id, userId: driver.id });

    const bySite = await listConsoleSessions(db, { siteId: site.id });
    expect(bySite.items.map((s) => s.startedAt)).toEqual([
      '2031-05-03T00:00:00.000Z',
      '2031-05-02T23:30:00.000Z',
      '2031-05-01T08:00:00.000Z',
    ]);
    expect(bySite.items[1]).toMatchObject({
      station: { id: station.id },
      site: { id: site.id, name: site.name },
      driver: { id: driver.id, name: 'Ada Driver' },
    });

    // `to` as a day includes that whole day; the next day's midnight is outside.
    const filters = parseConsoleSessionFilters({
      stationId: station.id,
      userId: driver.id,
      status: 'completed',
      from: '2031-05-01',
      to: '2031-05-02',
      siteId: '',
    });
    const first = await listConsoleSessions(db, { ...filters, limit: 1 });
    expect(first.items.map((s) => s.id)).toEqual([newer.id]);
    const second = await listConsoleSessions(db, {
      ...filters,
      limit: 1,
      cursor: decodeCursor(ZConsoleSessionCursor, first.nextCursor!),
    });
    expect(second.items.map((s) => s.id)).toEqual([older.id]);
    expect(second.nextCursor).toBeNull();
  });

  it('drops filters that do not parse instead of failing the page', () => {
    expect(parseConsoleSessionFilters({ status: 'NOPE', siteId: 'x', from: 'yesterday' })).toEqual(
      {},
    );
  });
});
