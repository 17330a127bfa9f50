import { describe, expect, it } from 'vitest';
import { aStation } from '@/test/builders';
import { useTestDb } from '@/test/db';
import { anOcppMessage } from '@/test/web-builders';
import { listStationMessages } from './list-station-messages';

const { db } = useTestDb();

describe('listStationMessages', () => {
  it('lists newest first, filters by action and direction, and pages back with the cursor', async () => {
    const station = await aStation(db);
    const other = await aStation(db);
    const base = { stationId: station.id, identity: station.identity };
    const boot = await anOcppMessage(db, { ...base, action: 'BootNotification' });
    const bootAnswer = await anOcppMessage(db, {
      ...base,
      action: 'BootNotification',
      direction: 'out',
      messageType: 3,
    });
    const status = await anOcppMessage(db, { ...base, action: 'StatusNotification' });
    await anOcppMessage(db, { stationId: other.id, identity: other.identity });

    const all = await listStationMessages(db, { stationId: station.id, limit: 10 });
    expect(all.items.map((m) => m.id)).toEqual([status.id, bootAnswer.id, boot.id]);
    expect(all.nextCursor).toBeNull();

    const boots = await listStationMessages(db, {
      stationId: station.id,
      action: 'BootNotification',
      limit: 10,
    });
    expect(boots.items.map((m) => m.id)).toEqual([bootAnswer.id, boot.id]);
    const outgoing = await listStationMessages(db, {
      stationId: station.id,
      direction: 'out',
      limit: 10,
    });
    expect(outgoing.items.map((m) => m.id)).toEqual([bootAnswer.id]);

    const first = await listStationMessages(db, { stationId: station.id, limit: 2 });
    expect(first.nextCursor).toBe(String(bootAnswer.id));
    const second = await listStationMessages(db, {
      stationId: station.id,
      limit: 2,
      before: Number(first.nextCursor),
    });
    expect(second.items.map((m) => m.id)).toEqual([boot.id]);
  });

  it('narrows to a time range, both ends included', async () => {
    const station = await aStation(db);
    const base = { stationId: station.id, identity: station.identity };
    const at = (iso: string) => anOcppMessage(db, { ...base, createdAt: new Date(iso) });
    await at('2025-03-01T09:59:59.999Z');
    const first = await at('2025-03-01T10:00:00.000Z');
    const second = await at('2025-03-01T10:30:00.000Z');
    await at('2025-03-01T11:00:00.001Z');
    const range = { from: new Date('2025-03-01T10:00:00Z'), to: new Date('2025-03-01T11:00:00Z') };
    const inRange = await listStationMessages(db, { stationId: station.id, ...range, limit: 10 });
    expect(inRange.items.map((m) => m.id)).toEqual([second.id, first.id]);
    const since = await listStationMessages(db, {
      stationId: station.id,
      from: new Date('2025-03-01T10:30:00Z'),
      limit: 10,
    });
    expect(since.items).toHaveLength(2);
  });
});
