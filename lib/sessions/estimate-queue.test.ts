import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { sessions, vehicles } from '@/db/schema';
import { aStation, aUser } from '@/test/builders';
import { useTestDb } from '@/test/db';
import { estimateQueueWait, getQueueLength, getQueuePosition } from './estimate-queue';
import { getTypicalSessionSeconds } from './session-read-typical-duration';

const { db } = useTestDb();
const HOUR = 3600;
const unknownProgress = { socPercent: null, batteryCapacityWh: null, lastPowerW: null };

describe('estimateQueueWait', () => {
  it.each([
    ['head, free connector', { ahead: 0, occupant: null }, 1, 0],
    ['head, occupant 10 min in', { ahead: 0, occupant: { elapsedSeconds: 600 } }, 1, 3000],
    ['second, occupant 10 min in', { ahead: 1, occupant: { elapsedSeconds: 600 } }, 2, 6600],
    ['third, no occupant', { ahead: 2, occupant: null }, 3, 7200],
    ['occupant over the typical time', { ahead: 0, occupant: { elapsedSeconds: 5000 } }, 1, 300],
    ['occupant just under it', { ahead: 1, occupant: { elapsedSeconds: 3500 } }, 2, 3900],
  ])('%s', (_, { ahead, occupant }, position, estimatedWaitSeconds) => {
    expect(
      estimateQueueWait({
        ahead,
        typicalSeconds: HOUR,
        occupant: occupant && { ...unknownProgress, ...occupant },
      }),
    ).toEqual({ position, estimatedWaitSeconds });
  });

  it.each([
    // 60 kWh at 50% → 30 kWh to go at 10 kW: 3 h, whatever the typical time says.
    [
      'SoC, capacity and power known',
      { socPercent: 50, batteryCapacityWh: 60_000, lastPowerW: 10_000 },
      10_800,
    ],
    [
      'nearly full: at least 5 minutes',
      { socPercent: 99.9, batteryCapacityWh: 60_000, lastPowerW: 50_000 },
      300,
    ],
    [
      'no power reading: typical − elapsed',
      { socPercent: 50, batteryCapacityWh: 60_000, lastPowerW: 0 },
      3000,
    ],
    [
      'no capacity: typical − elapsed',
      { socPercent: 50, batteryCapacityWh: null, lastPowerW: 10_000 },
      3000,
    ],
  ])('%s', (_, progress, estimatedWaitSeconds) => {
    const occupant = { elapsedSeconds: 600, ...progress };
    expect(estimateQueueWait({ ahead: 0, typicalSeconds: HOUR, occupant })).toEqual({
      position: 1,
      estimatedWaitSeconds,
    });
  });
});

const NOW = new Date();
const ago = (seconds: number) => new Date(NOW.getTime() - seconds * 1000);

/** Finished sessions of `minutes` each at the station, ended within the last 30 days. */
async function finishedSessions(stationId: string, minutes: number[], endedDaysAgo = 1) {
  await db.insert(sessions).values(
    minutes.map((m, i) => ({
      stationId,
      connectorId: 2,
      status: i % 2 ? ('STOPPED' as const) : ('COMPLETED' as const),
      startedAt: ago(endedDaysAgo * 86_400 + m * 60),
      stoppedAt: ago(endedDaysAgo * 86_400),
    })),
  );
}

describe('getTypicalSessionSeconds', () => {
  it("uses the station's mean over the last 30 days once it has three finished sessions", async () => {
    const station = await aStation(db);
    await finishedSessions(station.id, [40, 60, 80]);
    await finishedSessions(station.id, [600, 600, 600], 40); // older than 30 days
    expect(await getTypicalSessionSeconds(db, station.id, NOW)).toBeCloseTo(HOUR, 3);
  });

  it('does not trust two sessions at a station', async () => {
    const station = await aStation(db);
    await finishedSessions(station.id, [900, 900]);
    const typical = await getTypicalSessionSeconds(db, station.id, NOW);
    expect(typical).not.toBeCloseTo(900 * 60, 0);
    // Other test files share the database: the all-stations mean or the default, not this one.
    expect(typical).toBeGreaterThan(0);
  });
});

describe('getQueuePosition and getQueueLength', () => {
  async function aQueue() {
    const station = await aStation(db);
    await finishedSessions(station.id, [60, 60, 60]);
    const user = await aUser(db);
    const [vehicle] = await db
      .insert(vehicles)
      .values({ userId: user.id, make: 'Renault', model: 'Zoe', batteryCapacityWh: 50_000 })
      .returning();
    const [occupant] = await db
      .insert(sessions)
      .values({
        stationId: station.id,
        connectorId: 1,
        status: 'CHARGING',
        startedAt: ago(600),
        vehicleId: vehicle!.id,
      })
      .returning();
    const queued = (connectorId: number, queuedAt: Date) =>
      db
        .insert(sessions)
        .values({ stationId: station.id, connectorId, status: 'PENDING', queuedAt })
        .returning()
        .then(([row]) => row!);
    const first = await queued(1, ago(300));
    const second = await queued(1, ago(200));
    const third = await queued(1, ago(100));
    const elsewhere = await queued(2, ago(400));
    return { station, occupant: occupant!, first, second, third, elsewhere };
  }

  it('counts only the requests ahead at the same connector, and adds their typical time', async () => {
    const { station, first, second, third, elsewhere } = await aQueue();
    expect(await getQueuePosition(db, first.id, NOW)).toEqual({
      position: 1,
      estimatedWaitSeconds: HOUR - 600,
    });
    expect(await getQueuePosition(db, second.id, NOW)).toEqual({
      position: 2,
      estimatedWaitSeconds: 2 * HOUR - 600,
    });
    expect(await getQueuePosition(db, third.id, NOW)).toMatchObject({ position: 3 });
    // Connector 2 has no occupant: its head waits for nobody.
    expect(await getQueuePosition(db, elsewhere.id, NOW)).toEqual({
      position: 1,
      estimatedWaitSeconds: 0,
    });
    expect(await getQueueLength(db, { stationId: station.id, connectorId: 1 })).toBe(3);
    expect(await getQueueLength(db, { stationId: station.id, connectorId: 2 })).toBe(1);
  });

  it("estimates from the occupant's charge when its SoC, battery and power are known", async () => {
    const { occupant, first } = await aQueue();
    await db
      .update(sessions)
      .set({ socPercent: 80, lastPowerW: 10_000 })
      .where(eq(sessions.id, occupant.id));
    // 20% of 50 kWh at 10 kW: one hour.
    expect(await getQueuePosition(db, first.id, NOW)).toEqual({
      position: 1,
      estimatedWaitSeconds: HOUR,
    });
  });

  it('is null for a request that is not queued', async () => {
    const { occupant } = await aQueue();
    expect(await getQueuePosition(db, occupant.id, NOW)).toBeNull();
  });
});
