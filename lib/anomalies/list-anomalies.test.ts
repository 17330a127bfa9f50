import { describe, expect, it } from 'vitest';
import { anomalies } from '@/db/schema';
import { decodeCursor } from '@/lib/api/cursor';
import { aStation } from '@/test/builders';
import { useTestDb } from '@/test/db';
import { listAnomalies, ZAnomalyCursor } from './list-anomalies';
import { listAnomalyFacets } from './list-anomaly-facets';

const { db } = useTestDb();

async function anAnomaly(stationId: string, kind: string, createdAt: Date) {
  const [row] = await db
    .insert(anomalies)
    .values({ stationId, kind, message: `${kind} seen`, details: { n: 1 }, createdAt })
    .returning();
  return row!;
}

describe('listAnomalies', () => {
  it('lists newest first with the station, filters by kind and station, and pages on', async () => {
    const station = await aStation(db);
    const other = await aStation(db);
    const same = new Date('2025-04-01T10:00:00.000Z');
    const older = await anAnomaly(station.id, 'unknown_transaction', new Date('2025-04-01T09:00Z'));
    const tieA = await anAnomaly(station.id, 'meter_stop_before_start', same);
    const tieB = await anAnomaly(station.id, 'unknown_transaction', same);
    await anAnomaly(other.id, 'unknown_transaction', new Date('2025-04-01T11:00Z'));
    const ties = [tieA.id, tieB.id].sort().reverse();

    const all = await listAnomalies(db, { stationId: station.id, limit: 10 });
    expect(all.items.map((a) => a.id)).toEqual([...ties, older.id]);
    expect(all.items[0]).toMatchObject({
      station: { id: station.id, name: station.name, identity: station.identity },
      createdAt: same.toISOString(),
    });

    const unknown = await listAnomalies(db, {
      stationId: station.id,
      kind: 'unknown_transaction',
      limit: 10,
    });
    expect(unknown.items.map((a) => a.id)).toEqual([tieB.id, older.id]);

    const first = await listAnomalies(db, { stationId: station.id, limit: 1 });
    expect(first.items.map((a) => a.id)).toEqual([ties[0]]);
    const cursor = decodeCursor(ZAnomalyCursor, first.nextCursor ?? undefined);
    const rest = await listAnomalies(db, { stationId: station.id, cursor, limit: 5 });
    expect(rest.items.map((a) => a.id)).toEqual([ties[1], older.id]);
    expect(rest.nextCursor).toBeNull();
  });

  it('offers the kinds and stations that have anomalies as filters', async () => {
    const station = await aStation(db);
    const quiet = await aStation(db);
    await anAnomaly(station.id, 'unreadable_sample', new Date());
    const facets = await listAnomalyFacets(db);
    expect(facets.kinds).toContain('unreadable_sample');
    expect(facets.stations.map((s) => s.id)).toContain(station.id);
    expect(facets.stations.map((s) => s.id)).not.toContain(quiet.id);
  });
});
