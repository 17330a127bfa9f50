import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { connectors, stations } from '@/db/schema';
import { verifyPassword } from '@/lib/auth/password';
import { useTestDb } from './db';
import { aStation } from './builders';

const { db } = useTestDb();

describe('test harness', () => {
  it('provisions a station with connectors and a verifiable password hash', async () => {
    const station = await aStation(db, { password: 'secret-one' });
    const [row] = await db.select().from(stations).where(eq(stations.id, station.id));
    expect(row?.connectionState).toBe('offline');
    expect(await verifyPassword('secret-one', row!.passwordHash)).toBe(true);
    expect(await verifyPassword('secret-two', row!.passwordHash)).toBe(false);
    const rows = await db.select().from(connectors).where(eq(connectors.stationId, station.id));
    expect(rows.map((c) => c.connectorId).sort()).toEqual([1, 2]);
  });
});
