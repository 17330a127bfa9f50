import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { connectors, stations } from '@/db/schema';
import { aSite, aStation, unique } from '@/test/builders';
import { useTestDb } from '@/test/db';
import { aChargingSession } from '@/test/web-builders';
import { decodeCursor } from '@/lib/api/cursor';
import {
  listStationsForConsole,
  ZStationCursor,
  type TConsoleStation,
} from './list-stations-for-console';

const { db } = useTestDb();

async function allStations(limit: number) {
  const seen: TConsoleStation[] = [];
  let cursor: string | null = null;
  do {
    const page = await listStationsForConsole(db, {
      limit,
      cursor: decodeCursor(ZStationCursor, cursor ?? undefined),
    });
    seen.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return seen;
}

describe('listStationsForConsole', () => {
  it('walks every station once, in name order, page by page', async () => {
    const prefix = unique('Paging');
    for (const suffix of ['c', 'a', 'b']) await aStation(db, { name: `${prefix}-${suffix}` });
    const all = await allStations(2);
    expect(new Set(all.map((s) => s.id)).size).toBe(all.length);
    const ours = all.filter((s) => s.name.startsWith(prefix)).map((s) => s.name);
    expect(ours).toEqual([`${prefix}-a`, `${prefix}-b`, `${prefix}-c`]);
  });

  it('shows site, connectors with live status, and kWh of the session in progress', async () => {
    const site = await aSite(db, { city: 'Leipzig' });
    const station = await aStation(db, { siteId: site.id, name: unique('Live') });
    await db
      .update(stations)
      .set({ connectionState: 'online', lastSeenAt: new Date('2026-01-02T03:04:05Z') })
      .where(eq(stations.id, station.id));
    await db
      .update(connectors)
      .set({ status: 'Charging' })
      .where(eq(connectors.stationId, station.id));
    await aChargingSession(db, {
      stationId: station.id,
      connectorId: 1,
      meterStartWh: 10_000,
      lastMeterWh: 12_345,
      lastPowerW: 11_000,
    });
    const found = (await allStations(200)).find((s) => s.id === station.id);
    expect(found).toMatchObject({
      identity: station.identity,
      connectionState: 'online',
      lastSeenAt: '2026-01-02T03:04:05.000Z',
      site: { id: site.id, city: 'Leipzig' },
    });
    expect(found?.connectors.map((c) => [c.connectorId, c.status])).toEqual([
      [1, 'Charging'],
      [2, 'Charging'],
    ]);
    expect(found?.connectors[0]?.currentSession).toMatchObject({ energyWh: 2_345, powerW: 11_000 });
    expect(found?.connectors[1]?.currentSession).toBeNull();
  });
});
