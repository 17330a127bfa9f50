import { describe, expect, it } from 'vitest';
import { stationConnectionEvents } from '@/db/schema';
import { aStation } from '@/test/builders';
import { useTestDb } from '@/test/db';
import { getStationUptime } from './get-station-uptime';

const { db } = useTestDb();
// In the past, so the events the trigger writes when the station is created fall after it.
const now = new Date('2025-01-30T12:00:00Z');

describe('getStationUptime', () => {
  it('reads the state before the window from the last earlier event, and ends at now', async () => {
    const station = await aStation(db);
    await db.insert(stationConnectionEvents).values([
      { stationId: station.id, state: 'offline', at: new Date('2024-12-01T00:00:00Z') },
      { stationId: station.id, state: 'online', at: new Date('2024-12-20T00:00:00Z') },
      // Inside the window (which starts 2025-01-01T00:00Z):
      { stationId: station.id, state: 'offline', at: new Date('2025-01-02T12:00:00Z') },
      { stationId: station.id, state: 'online', at: new Date('2025-01-30T06:00:00Z') },
    ]);
    const uptime = await getStationUptime(db, { stationId: station.id, days: 30, now });
    expect(uptime.days).toHaveLength(30);
    expect(uptime.days[0]).toMatchObject({ day: '2025-01-01T00:00:00.000Z', share: 1 });
    expect(uptime.days[1]!.share).toBe(0.5);
    expect(uptime.days[2]!.share).toBe(0);
    expect(uptime.days[29]).toMatchObject({ day: '2025-01-30T00:00:00.000Z', share: 0.5 });
    const hours = 24 + 12 + 6;
    expect(uptime.overall).toBeCloseTo(hours / (29 * 24 + 12));
  });

  it('is all offline for a station with no history', async () => {
    const station = await aStation(db);
    const uptime = await getStationUptime(db, { stationId: station.id, days: 30, now });
    expect(uptime.overall).toBe(0);
  });
});
