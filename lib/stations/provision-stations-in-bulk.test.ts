import { eq, inArray } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { connectors, stations } from '@/db/schema';
import { unique } from '@/test/builders';
import { useTestDb } from '@/test/db';
import { provisionStationsInBulk } from './provision-stations-in-bulk';
import { verifyStationPassword } from './station-password';

const { db } = useTestDb();

describe('provisionStationsInBulk', () => {
  it('creates missing stations with their connectors and leaves existing ones alone', async () => {
    const prefix = unique('BULK');
    const input = (n: number) => ({
      identity: `${prefix}-${n}`,
      name: `Bulk ${n}`,
      connectors: [{ connectorId: 1, type: 'Type2' as const, maxPowerW: 11_000 }],
    });
    expect(await provisionStationsInBulk(db, 'first-password', [input(1), input(2)])).toBe(2);
    expect(await provisionStationsInBulk(db, 'second-password', [input(2), input(3)])).toBe(1);

    const rows = await db
      .select()
      .from(stations)
      .where(
        inArray(
          stations.identity,
          [1, 2, 3].map((n) => `${prefix}-${n}`),
        ),
      );
    expect(rows).toHaveLength(3);
    const second = rows.find((row) => row.identity === `${prefix}-2`)!;
    expect(await verifyStationPassword('first-password', second.passwordHash)).toBe(true);
    const secondConnectors = await db
      .select()
      .from(connectors)
      .where(eq(connectors.stationId, second.id));
    expect(secondConnectors).toHaveLength(1);
  });
});
