import { afterAll, describe, expect, it } from 'vitest';
import { sessions, vehicles } from '@/db/schema';
import { createApiKey } from '@/lib/api-keys/create-api-key';
import type { TPage } from '@/lib/api/pagination';
import { closeDb } from '@/lib/db';
import { ZSessionPage } from '@/lib/openapi/schemas/sessions';
import type { TSessionListItem } from '@/lib/sessions/session-read-item';
import { aSite, aStation, aUser } from '@/test/builders';
import { testDatabaseUrl, useTestDb } from '@/test/db';
import { aChargingSession, aSignedInCookie, TEST_NEXTAUTH_SECRET } from '@/test/web-builders';
import { GET } from './route';

// The route reads the web process's configuration: point it at the run's database.
process.env.DATABASE_URL = testDatabaseUrl();
process.env.NEXTAUTH_SECRET = TEST_NEXTAUTH_SECRET;

const { db } = useTestDb();
afterAll(() => closeDb());

async function list(headers: Record<string, string>, query = '') {
  const response = await GET(
    new Request(`http://test.local/api/v1/sessions?${query}`, { headers }),
  );
  return { status: response.status, body: (await response.json()) as TPage<TSessionListItem> };
}

const ids = (page: TPage<TSessionListItem>) => page.items.map((s) => s.id);
const at = (iso: string) => new Date(iso);

async function aDriver() {
  const user = await aUser(db);
  const { cookie } = await aSignedInCookie(db, user);
  return { user, headers: { cookie } };
}

describe('GET /api/v1/sessions', () => {
  it("shows a driver only their own sessions, by cookie or API key; an operator everyone's", async () => {
    const station = await aStation(db);
    const me = await aDriver();
    const other = await aDriver();
    const mine = await aChargingSession(db, { stationId: station.id, userId: me.user.id });
    const theirs = await aChargingSession(db, { stationId: station.id, userId: other.user.id });
    const scoped = `stationId=${station.id}`;

    expect(ids((await list(me.headers, scoped)).body)).toEqual([mine.id]);
    // Asking for the other driver's sessions by name changes nothing.
    expect(ids((await list(me.headers, `${scoped}&userId=${other.user.id}`)).body)).toEqual([]);

    const key = await createApiKey(db, me.user.id, { name: 'ci', scope: 'read' });
    const viaKey = await list({ authorization: `Bearer ${key.secret}` }, scoped);
    expect(viaKey.status).toBe(200);
    expect(ids(viaKey.body)).toEqual([mine.id]);

    const operator = await aSignedInCookie(db, await aUser(db, { role: 'operator' }));
    const all = await list({ cookie: operator.cookie }, scoped);
    expect(ids(all.body).sort()).toEqual([mine.id, theirs.id].sort());
    expect(
      ids((await list({ cookie: operator.cookie }, `${scoped}&userId=${other.user.id}`)).body),
    ).toEqual([theirs.id]);
  });

  it('answers 401 without a caller', async () => {
    expect((await list({})).status).toBe(401);
  });

  it('returns the documented fields, the station and site, and the final cost only', async () => {
    const site = await aSite(db);
    const station = await aStation(db, { siteId: site.id });
    const { user, headers } = await aDriver();
    const running = await aChargingSession(db, {
      stationId: station.id,
      userId: user.id,
      idTag: 'TAG-LIST',
      metadata: { bay: '12' },
      startedAt: at('2026-02-01T10:00:00Z'),
      meterStartWh: 1_000,
      lastMeterWh: 3_500,
    });
    const finished = await aChargingSession(db, {
      stationId: station.id,
      userId: user.id,
      status: 'COMPLETED',
      startedAt: at('2026-01-01T10:00:00Z'),
      stoppedAt: at('2026-01-01T11:00:00Z'),
      energyWh: 7_000,
      costMinor: 321,
      currency: 'EUR',
      stopReason: 'EVDisconnected',
    });
    const { body } = await list(headers, `stationId=${station.id}`);
    expect(ZSessionPage.parse(body)).toEqual(body);
    expect(body.items).toEqual([
      {
        id: running.id,
        transactionId: null,
        status: 'CHARGING',
        statusReason: null,
        station: { id: station.id, identity: station.identity, name: station.name },
        site: { id: site.id, name: site.name },
        connectorId: 1,
        idTag: 'TAG-LIST',
        userId: user.id,
        vehicleId: null,
        metadata: { bay: '12' },
        createdAt: running.createdAt.toISOString(),
        startedAt: '2026-02-01T10:00:00.000Z',
        stoppedAt: null,
        energyWh: 2_500,
        costMinor: null,
        currency: null,
        stopReason: null,
      },
      expect.objectContaining({
        id: finished.id,
        energyWh: 7_000,
        costMinor: 321,
        currency: 'EUR',
        stopReason: 'EVDisconnected',
      }),
    ]);
  });

  it('filters by status, site, driver, vehicle, id tag and start time', async () => {
    const site = await aSite(db);
    const station = await aStation(db, { siteId: site.id });
    const elsewhere = await aStation(db);
    const { user } = await aDriver();
    const [car] = await db
      .insert(vehicles)
      .values({ userId: user.id, make: 'Kia', model: 'EV6' })
      .returning();
    const session = (overrides: Partial<typeof sessions.$inferInsert> & { stationId: string }) =>
      aChargingSession(db, { userId: user.id, ...overrides });
    const charging = await session({
      stationId: station.id,
      startedAt: at('2026-03-01T10:00:00Z'),
      vehicleId: car!.id,
      idTag: 'TAG-F1',
    });
    const completed = await session({
      stationId: station.id,
      status: 'COMPLETED',
      startedAt: at('2026-03-02T10:00:00Z'),
    });
    const denied = await session({
      stationId: elsewhere.id,
      status: 'DENIED',
      startedAt: null,
      createdAt: at('2026-03-03T10:00:00Z'),
    });
    const query = async (q: string) => {
      const { cookie } = await aSignedInCookie(db, user);
      const { status, body } = await list({ cookie }, `userId=${user.id}&${q}`);
      expect(status).toBe(200);
      return ids(body);
    };

    expect(await query('status=COMPLETED')).toEqual([completed.id]);
    expect(await query('status=charging,DENIED')).toEqual([denied.id, charging.id]);
    expect(await query(`siteId=${site.id}`)).toEqual([completed.id, charging.id]);
    expect(await query(`stationId=${elsewhere.id}`)).toEqual([denied.id]);
    expect(await query(`vehicleId=${car!.id}`)).toEqual([charging.id]);
    expect(await query('idTag=TAG-F1')).toEqual([charging.id]);
    // Never-started sessions count from their creation time.
    expect(await query('from=2026-03-02T00:00:00Z&to=2026-03-03T12:00:00%2B02:00')).toEqual([
      denied.id,
      completed.id,
    ]);
    expect(await query('from=2026-03-02T12:00:01%2B02:00')).toEqual([denied.id]);

    const operator = await aSignedInCookie(db, await aUser(db, { role: 'operator' }));
    const bad = await list({ cookie: operator.cookie }, 'status=PARKED');
    expect(bad.status).toBe(400);
    expect((await list({ cookie: operator.cookie }, 'from=yesterday')).status).toBe(400);
    expect((await list({ cookie: operator.cookie }, 'cursor=nonsense')).status).toBe(400);
  });

  it('pages newest first with a cursor, ties broken by id, nothing twice', async () => {
    const station = await aStation(db);
    const { user, headers } = await aDriver();
    const same = at('2026-04-01T10:00:00.123456Z');
    const created = [];
    for (const startedAt of [at('2026-04-01T09:00:00Z'), same, same, at('2026-04-01T11:00:00Z')]) {
      created.push(
        await aChargingSession(db, { stationId: station.id, userId: user.id, startedAt }),
      );
    }
    const expected = [
      created[3]!.id,
      ...[created[1]!.id, created[2]!.id].sort().reverse(),
      created[0]!.id,
    ];
    const seen: string[] = [];
    let cursor = '';
    for (let page = 0; page < 3; page++) {
      const { body } = await list(headers, `stationId=${station.id}&limit=2&cursor=${cursor}`);
      seen.push(...ids(body));
      if (!body.nextCursor) break;
      cursor = body.nextCursor;
    }
    expect(seen).toEqual(expected);
  });
});
