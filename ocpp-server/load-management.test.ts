import { eq } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { siteLoadAllocations, sites } from '@/db/schema';
import { useSessionTestbed } from '@/lib/sessions/session-test-kit';
import { getSiteLoad } from '@/lib/smart-charging/load-management/get-site-load';
import { rebalanceSite } from '@/lib/smart-charging/load-management/rebalance-site';
import { aSite, aStation, aUser, anIdTag } from '@/test/builders';
import { eventually } from '@/test/ocpp-builders';
import { SimulatedChargePoint, type AnswerOverride } from './simulator';
import type { VehicleSpec } from './simulator/vehicle';

const LIMIT_W = 30_000;
/** A car that takes all a 22 kW AC connector offers, and is far from full. */
const BIG_CAR: VehicleSpec = {
  batteryCapacityWh: 100_000,
  socPercent: 20,
  maxAcPowerW: 22_000,
  maxDcPowerW: 150_000,
  reportsSoc: true,
};

const testbed = useSessionTestbed({ loadManagementIntervalMs: 500, loadCommandTimeoutMs: 2_000 });
const { db } = testbed;
const chargers: SimulatedChargePoint[] = [];
afterAll(async () => {
  await Promise.all(chargers.map((charger) => charger.close()));
});

/** A site with `count` single-connector 22 kW chargers, connected, and a driver's tag. */
async function aLimitedSite(count: number, options: { answer?: AnswerOverride[] } = {}) {
  const site = await aSite(db, { gridLimitW: LIMIT_W });
  const user = await aUser(db);
  const tag = await anIdTag(db, { userId: user.id });
  const points: SimulatedChargePoint[] = [];
  for (let i = 0; i < count; i += 1) {
    const station = await aStation(db, {
      siteId: site.id,
      connectors: [{ connectorId: 1, type: 'Type2', maxPowerW: 22_000 }],
    });
    const answer = options.answer?.[i];
    const charger = new SimulatedChargePoint({
      url: testbed.server.endpoint,
      identity: station.identity,
      password: station.password,
      connectors: [{ connectorId: 1, type: 'Type2', maxPowerW: 22_000 }],
      reconnect: false,
      meterIntervalMs: 200,
      vehicleFor: () => BIG_CAR,
      ...(answer ? { answer } : {}),
    });
    chargers.push(charger);
    await charger.connect();
    points.push(charger);
  }
  return { site, tag: tag.idTag, points };
}

/** What each car really draws, read from the simulators (not from our database). */
const drawn = (points: SimulatedChargePoint[]) => points.map((p) => p.connector(1)?.powerW ?? 0);
const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);

/** Waits until the charging cars draw `expected` each (±1 W for flooring) and the sum fits. */
async function settlesAt(points: SimulatedChargePoint[], charging: number[], expected: number) {
  await eventually(async () => {
    const power = drawn(points);
    const fair = charging.every((i) => Math.abs((power[i] ?? 0) - expected) <= 1);
    return fair && sum(power) <= LIMIT_W;
  }, 8_000).catch(() => {
    throw new Error(
      `expected ${expected} W on cars ${charging.join(',')}, drawn ${drawn(points).join(', ')}`,
    );
  });
}

describe('site load management with simulated cars', () => {
  it('keeps the sum of what the cars draw under the limit as cars arrive and leave', async () => {
    const { site, tag, points } = await aLimitedSite(4);
    const [a, b, c, d] = points as [
      SimulatedChargePoint,
      SimulatedChargePoint,
      SimulatedChargePoint,
      SimulatedChargePoint,
    ];

    await a.startTransaction(1, tag);
    // Alone, a car is capped by its connector, not by the site.
    await settlesAt(points, [0], 22_000);

    await b.startTransaction(1, tag);
    await settlesAt(points, [0, 1], 15_000);

    await c.startTransaction(1, tag);
    await settlesAt(points, [0, 1, 2], 10_000);

    await d.startTransaction(1, tag);
    await settlesAt(points, [0, 1, 2, 3], 7_500);

    await b.stopTransaction(1);
    expect(b.connector(1)?.powerW).toBe(0);
    // The others go up to share what B left.
    await settlesAt(points, [0, 2, 3], 10_000);

    const load = await eventually(async () => {
      const state = await getSiteLoad(db, site.id);
      return state?.sessions.length === 3 && state.grantedW === LIMIT_W ? state : null;
    });
    expect(load.limitW).toBe(LIMIT_W);
    expect(load.sessions.map((s) => s.allocatedW)).toEqual([10_000, 10_000, 10_000]);
    expect(load.sessions.every((s) => s.ocppStatus === 'Accepted')).toBe(true);
  });

  it('holds a charger that refuses its grant at its rating and shares only the rest', async () => {
    const refuse: AnswerOverride = (method) =>
      method === 'SetChargingProfile' ? { status: 'Rejected' } : undefined;
    const { site, tag, points } = await aLimitedSite(2, { answer: [refuse] });
    const [stubborn, polite] = points as [SimulatedChargePoint, SimulatedChargePoint];

    await stubborn.startTransaction(1, tag);
    await polite.startTransaction(1, tag);
    // The refusing charger keeps drawing 22 kW: the other gets what is left of 30 kW.
    await eventually(async () => {
      const [first, second] = drawn(points);
      return first === 22_000 && second === LIMIT_W - 22_000;
    }, 8_000);
    expect(sum(drawn(points))).toBeLessThanOrEqual(LIMIT_W);

    const rows = await db
      .select()
      .from(siteLoadAllocations)
      .where(eq(siteLoadAllocations.siteId, site.id));
    const refused = rows.find((row) => row.ocppStatus === 'Rejected');
    expect(refused).toMatchObject({ enforcedW: null, commandState: 'answered' });

    // A forced rebalance says so, and keeps the sum of what the chargers allow under the limit.
    const result = await rebalanceSite(testbed.deps, { siteId: site.id, reason: 'test' });
    expect(result?.totalEnforcedW).toBeLessThanOrEqual(LIMIT_W);
    expect(result?.sessions.find((s) => s.allocatedW === 22_000)?.action).toBe('failed');
  });

  it('stops managing a site whose limit is removed: the cars may draw their rating again', async () => {
    const { site, tag, points } = await aLimitedSite(2);
    await points[0]!.startTransaction(1, tag);
    await points[1]!.startTransaction(1, tag);
    await settlesAt(points, [0, 1], 15_000);

    await db.update(sites).set({ gridLimitW: null }).where(eq(sites.id, site.id));
    const result = await rebalanceSite(testbed.deps, { siteId: site.id, reason: 'limit removed' });
    expect(result?.outcome).toBe('no_limit');
    expect(result?.sessions.map((s) => s.action)).toEqual(['cleared', 'cleared']);
    expect(drawn(points)).toEqual([22_000, 22_000]);
    expect(
      await db.select().from(siteLoadAllocations).where(eq(siteLoadAllocations.siteId, site.id)),
    ).toEqual([]);
  });
});
