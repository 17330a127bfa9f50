import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { connectors, stations } from '@/db/schema';
import { aStation } from '@/test/builders';
import { useTestDb } from '@/test/db';
import { getConsoleSummary } from './get-console-summary';

const { db } = useTestDb();

describe('getConsoleSummary', () => {
  it('counts an online station, its connector statuses, and offline ones as Offline', async () => {
    const before = await getConsoleSummary(db);
    const online = await aStation(db);
    await db.update(stations).set({ connectionState: 'online' }).where(eq(stations.id, online.id));
    await db
      .update(connectors)
      .set({ status: 'Faulted' })
      .where(eq(connectors.stationId, online.id));
    await aStation(db); // offline, two connectors
    const after = await getConsoleSummary(db);
    // Other test files share the database: compare against before, never absolute numbers.
    expect(after.stations.online).toBeGreaterThanOrEqual(before.stations.online + 1);
    expect(after.stations.offline).toBeGreaterThanOrEqual(before.stations.offline + 1);
    expect(after.connectors.Faulted ?? 0).toBeGreaterThanOrEqual(
      (before.connectors.Faulted ?? 0) + 2,
    );
    expect(after.connectors.Offline ?? 0).toBeGreaterThanOrEqual(
      (before.connectors.Offline ?? 0) + 2,
    );
  });
});
