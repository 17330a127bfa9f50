import { describe, expect, it } from 'vitest';
import { commands } from '@/db/schema';
import { decodeCursor } from '@/lib/api/cursor';
import { aStation, aUser } from '@/test/builders';
import { useTestDb } from '@/test/db';
import { listStationCommands, ZStationCommandCursor } from './list-station-commands';

const { db } = useTestDb();

describe('listStationCommands', () => {
  it('lists a station’s commands newest first with who sent them, page by page', async () => {
    const station = await aStation(db);
    const other = await aStation(db);
    const operator = await aUser(db, { role: 'operator', name: 'Olga' });
    const [reset, unlock] = await db
      .insert(commands)
      .values([
        {
          stationId: station.id,
          action: 'Reset',
          request: { type: 'Soft' },
          state: 'offline',
          createdAt: new Date('2025-05-01T10:00:00Z'),
        },
        {
          stationId: station.id,
          action: 'UnlockConnector',
          request: { connectorId: 1 },
          state: 'answered',
          ocppStatus: 'Unlocked',
          latencyMs: 42,
          requestedBy: operator.id,
          createdAt: new Date('2025-05-01T11:00:00Z'),
        },
      ])
      .returning();
    await db.insert(commands).values({ stationId: other.id, action: 'ClearCache', request: {} });

    const all = await listStationCommands(db, { stationId: station.id, limit: 10 });
    expect(all.items).toMatchObject([
      {
        id: unlock!.id,
        state: 'answered',
        ocppStatus: 'Unlocked',
        latencyMs: 42,
        requestedBy: { id: operator.id, name: 'Olga' },
      },
      { id: reset!.id, state: 'offline', requestedBy: null },
    ]);

    const first = await listStationCommands(db, { stationId: station.id, limit: 1 });
    const cursor = decodeCursor(ZStationCommandCursor, first.nextCursor ?? undefined);
    const second = await listStationCommands(db, { stationId: station.id, cursor, limit: 1 });
    expect(second.items.map((c) => c.id)).toEqual([reset!.id]);
    expect(second.nextCursor).toBeNull();
  });
});
