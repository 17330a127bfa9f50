import { afterAll, describe, expect, it } from 'vitest';
import { meterValues, siteLoadAllocations } from '@/db/schema';
import { closeDb } from '@/lib/db';
import { getWebEventHub } from '@/lib/events/web-event-hub';
import {
  ZRebalanceResult,
  ZSiteAllocation,
  ZSiteLoad,
  ZSiteLoadHistory,
} from '@/lib/smart-charging/load-management/load-management-schemas';
import { aSite, aStation, aUser } from '@/test/builders';
import { testDatabaseUrl, useTestDb } from '@/test/db';
import { aChargingSession, aSignedInCookie, TEST_NEXTAUTH_SECRET } from '@/test/web-builders';
import { GET as getHistory } from './history/route';
import { POST as rebalance } from './rebalance/route';
import { GET as getLoad } from './route';
import { POST as whatIf } from './what-if/route';

// The routes read the web process's configuration: point them at the run's database.
process.env.DATABASE_URL = testDatabaseUrl();
process.env.NEXTAUTH_SECRET = TEST_NEXTAUTH_SECRET;
process.env.COMMAND_TIMEOUT_MS = '1000';

const { db } = useTestDb();
afterAll(async () => {
  await (await getWebEventHub()).close();
  await closeDb();
});

const UNKNOWN_ID = '00000000-0000-4000-8000-00000000abcd';
type TRoute = typeof getLoad;

async function as(role: 'driver' | 'operator' | null) {
  if (!role) return null;
  // A fresh user per call: writes are rate limited per user.
  return (await aSignedInCookie(db, await aUser(db, { role }))).cookie;
}

async function call(
  route: TRoute,
  input: { id: string; role?: 'driver' | 'operator' | null; body?: unknown; query?: string },
) {
  const cookie = await as(input.role === undefined ? 'operator' : input.role);
  const headers: Record<string, string> = cookie ? { cookie } : {};
  if (input.body !== undefined) headers['content-type'] = 'application/json';
  const response = await route(
    new Request(`http://test.local/api/v1/sites/${input.id}/load-management${input.query ?? ''}`, {
      method: input.body === undefined && route !== rebalance ? 'GET' : 'POST',
      headers,
      ...(input.body === undefined ? {} : { body: JSON.stringify(input.body) }),
    }),
    { params: Promise.resolve({ id: input.id }) },
  );
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

/** A 30 kW site with two charging sessions on 22 kW connectors of an offline station. */
async function aBusySite() {
  const site = await aSite(db, { gridLimitW: 30_000 });
  const station = await aStation(db, { siteId: site.id });
  const first = await aChargingSession(db, {
    stationId: station.id,
    connectorId: 1,
    transactionId: 700_000 + Math.floor(Math.random() * 100_000),
    startedAt: new Date(Date.now() - 120_000),
    lastPowerW: 11_000,
    lastMeterAt: new Date(),
  });
  return { site, station, first };
}

describe('GET /api/v1/sites/{id}/load-management', () => {
  it('answers the limit and each charging session with its grant and measured power', async () => {
    const { site, station, first } = await aBusySite();
    await db.insert(siteLoadAllocations).values({
      sessionId: first.id,
      siteId: site.id,
      stationId: station.id,
      connectorId: 1,
      allocatedW: 15_000,
      enforcedW: 15_000,
      reason: 'fair_share',
      commandState: 'answered',
      ocppStatus: 'Accepted',
    });
    const { status, body } = await call(getLoad, { id: site.id });
    expect(status).toBe(200);
    expect(ZSiteLoad.parse(body)).toEqual(body);
    expect(body).toMatchObject({
      limitW: 30_000,
      grantedW: 15_000,
      measuredW: 11_000,
      sessions: [{ sessionId: first.id, allocatedW: 15_000, measuredW: 11_000, maxW: 22_000 }],
    });
  });

  it('answers 404 for an unknown site, 401 anonymous, 403 to a driver', async () => {
    const site = await aSite(db);
    expect((await call(getLoad, { id: UNKNOWN_ID })).status).toBe(404);
    expect((await call(getLoad, { id: site.id, role: null })).status).toBe(401);
    expect((await call(getLoad, { id: site.id, role: 'driver' })).status).toBe(403);
  });
});

describe('GET /api/v1/sites/{id}/load-management/history', () => {
  it('answers one point per minute with the measured power of the site’s sessions', async () => {
    const { site, station, first } = await aBusySite();
    await db.insert(meterValues).values({
      stationId: station.id,
      connectorId: 1,
      sessionId: first.id,
      sampledAt: new Date(Date.now() - 5_000),
      measurand: 'Power.Active.Import',
      unit: 'W',
      value: 11_000,
    });
    const { status, body } = await call(getHistory, { id: site.id, query: '?minutes=5' });
    expect(status).toBe(200);
    const history = ZSiteLoadHistory.parse(body);
    expect(history.limitW).toBe(30_000);
    expect(history.points).toHaveLength(5);
    expect(history.points.at(-1)?.measuredW).toBe(11_000);
    expect(history.points[0]?.measuredW).toBe(0);
  });

  it('answers 400 for a bad minutes value and 404 for an unknown site', async () => {
    const site = await aSite(db);
    expect((await call(getHistory, { id: site.id, query: '?minutes=0' })).status).toBe(400);
    expect((await call(getHistory, { id: site.id, query: '?minutes=lots' })).status).toBe(400);
    expect((await call(getHistory, { id: UNKNOWN_ID })).status).toBe(404);
    expect((await call(getHistory, { id: site.id, role: 'driver' })).status).toBe(403);
  });
});

describe('POST /api/v1/sites/{id}/load-management/what-if', () => {
  it('shares a hypothetical limit among hypothetical cars, sending nothing', async () => {
    const site = await aSite(db);
    const { status, body } = await call(whatIf, {
      id: site.id,
      body: {
        gridLimitW: 20_000,
        sessions: [{ label: 'Van', maxW: 22_000 }, { maxW: 22_000, drawW: 4_000 }, { maxW: 3_700 }],
      },
    });
    expect(status).toBe(200);
    const allocation = ZSiteAllocation.parse(body);
    expect(allocation.sessions.map((s) => [s.label, s.allocatedW, s.reason])).toEqual([
      ['Van', 11_300, 'fair_share'],
      ['Session 2', 5_000, 'under_drawing'],
      ['Session 3', 3_700, 'max_power'],
    ]);
    expect(allocation.totalAllocatedW).toBe(20_000);
  });

  it('defaults to the site’s charging sessions', async () => {
    const { site, first } = await aBusySite();
    const { body } = await call(whatIf, { id: site.id, body: { gridLimitW: 8_000 } });
    expect(body).toMatchObject({ sessions: [{ sessionId: first.id, allocatedW: 8_000 }] });
  });

  it('answers 422 naming the field, 404 for an unknown site, 403 to a driver', async () => {
    const site = await aSite(db);
    const bad = await call(whatIf, { id: site.id, body: { gridLimitW: -1, sessions: [{}] } });
    expect(bad.status).toBe(422);
    const paths = (bad.body.error as { details: { path: string }[] }).details.map((d) => d.path);
    expect(paths).toEqual(expect.arrayContaining(['gridLimitW', 'sessions.0.maxW']));
    expect((await call(whatIf, { id: site.id, body: { limit: 5 } })).status).toBe(422);
    expect((await call(whatIf, { id: UNKNOWN_ID, body: { gridLimitW: 1 } })).status).toBe(404);
    const driver = await call(whatIf, { id: site.id, role: 'driver', body: { gridLimitW: 1 } });
    expect(driver.status).toBe(403);
  });
});

describe('POST /api/v1/sites/{id}/load-management/rebalance', () => {
  it('shares the limit and records chargers that cannot take their grant (offline)', async () => {
    const { site, station, first } = await aBusySite();
    const second = await aChargingSession(db, {
      stationId: station.id,
      connectorId: 2,
      transactionId: first.transactionId! + 1,
    });
    const { status, body } = await call(rebalance, { id: site.id });
    expect(status).toBe(200);
    const result = ZRebalanceResult.parse(body);
    expect(result).toMatchObject({ limitW: 30_000, outcome: 'managed' });
    expect(result.sessions.map((s) => [s.sessionId, s.action, s.commandState])).toEqual([
      [first.id, 'failed', 'offline'],
      [second.id, 'failed', 'offline'],
    ]);
    const load = ZSiteLoad.parse((await call(getLoad, { id: site.id })).body);
    // The first car draws 11 kW of its 22 kW: it keeps its draw plus a margin, the rest goes on.
    expect(load.sessions.map((s) => [s.allocatedW, s.reason, s.enforcedW, s.commandState])).toEqual(
      [
        [12_000, 'under_drawing', null, 'offline'],
        [18_000, 'fair_share', null, 'offline'],
      ],
    );
  });

  it('answers an unmanaged site (no limit) with nothing to do', async () => {
    const site = await aSite(db);
    const { status, body } = await call(rebalance, { id: site.id });
    expect(status).toBe(200);
    expect(body).toMatchObject({ limitW: null, outcome: 'no_limit', sessions: [] });
  });

  it('answers 404 for an unknown site, 401 anonymous, 403 to a driver', async () => {
    const site = await aSite(db);
    expect((await call(rebalance, { id: UNKNOWN_ID })).status).toBe(404);
    expect((await call(rebalance, { id: site.id, role: null })).status).toBe(401);
    expect((await call(rebalance, { id: site.id, role: 'driver' })).status).toBe(403);
  });
});
