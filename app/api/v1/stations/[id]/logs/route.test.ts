import { afterAll, describe, expect, it } from 'vitest';
import type { TPage } from '@/lib/api/pagination';
import { closeDb } from '@/lib/db';
import type { TStationMessage } from '@/lib/ocpp-log/list-station-messages';
import { aStation, aUser } from '@/test/builders';
import { testDatabaseUrl, useTestDb } from '@/test/db';
import { aSignedInCookie, anOcppMessage, TEST_NEXTAUTH_SECRET } from '@/test/web-builders';
import { GET } from './route';

// The route reads the web process's configuration: point it at the run's database.
process.env.DATABASE_URL = testDatabaseUrl();
process.env.NEXTAUTH_SECRET = TEST_NEXTAUTH_SECRET;

const { db } = useTestDb();
afterAll(() => closeDb());

describe('GET /api/v1/stations/{id}/logs', () => {
  it('narrows the log to a time range given as ISO instants', async () => {
    const { cookie } = await aSignedInCookie(db, await aUser(db, { role: 'operator' }));
    const station = await aStation(db);
    const base = { stationId: station.id, identity: station.identity };
    await anOcppMessage(db, { ...base, createdAt: new Date('2025-03-01T09:00:00Z') });
    const inside = await anOcppMessage(db, {
      ...base,
      createdAt: new Date('2025-03-01T10:00:00Z'),
    });
    await anOcppMessage(db, { ...base, createdAt: new Date('2025-03-01T11:00:00Z') });
    const call = (query: string) =>
      GET(new Request(`http://test.local/logs?${query}`, { headers: { cookie } }), {
        params: Promise.resolve({ id: station.id }),
      });

    const ranged = await call('from=2025-03-01T09:30:00Z&to=2025-03-01T10:30:00%2B00:00');
    expect(ranged.status).toBe(200);
    const page = (await ranged.json()) as TPage<TStationMessage>;
    expect(page.items.map((m) => m.id)).toEqual([inside.id]);

    const bad = await call('from=yesterday');
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({
      error: { code: 'bad_request', details: [{ path: 'from' }] },
    });
  });
});
