import { and, eq } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { connectors, sessions, stations } from '@/db/schema';
import { closeDb } from '@/lib/db';
import { ZConnectorLiveStatus } from '@/lib/openapi/schemas/sessions';
import type { TConnectorStatus } from '@/lib/stations/get-connector-status';
import { aStation, aUser } from '@/test/builders';
import { testDatabaseUrl, useTestDb } from '@/test/db';
import { aChargingSession, TEST_NEXTAUTH_SECRET } from '@/test/web-builders';
import { GET } from './route';

// The route reads the web process's configuration: point it at the run's database.
process.env.DATABASE_URL = testDatabaseUrl();
process.env.NEXTAUTH_SECRET = TEST_NEXTAUTH_SECRET;

const { db } = useTestDb();
afterAll(() => closeDb());

async function status(id: string) {
  const response = await GET(new Request(`http://test.local/api/v1/connectors/${id}/status`), {
    params: Promise.resolve({ id }),
  });
  return { status: response.status, body: (await response.json()) as TConnectorStatus };
}

async function connectorOf(stationId: string, connectorId: number) {
  const [row] = await db
    .select()
    .from(connectors)
    .where(and(eq(connectors.stationId, stationId), eq(connectors.connectorId, connectorId)));
  return row!;
}

describe('GET /api/v1/connectors/{id}/status', () => {
  it('tells anyone, signed out, the status and queue length, and nothing about the driver', async () => {
    const station = await aStation(db);
    await db.update(stations).set({ connectionState: 'online' }).where(eq(stations.id, station.id));
    const connector = await connectorOf(station.id, 2);
    const statusAt = new Date('2026-03-01T09:58:00Z');
    await db
      .update(connectors)
      .set({ status: 'Charging', statusAt })
      .where(eq(connectors.id, connector.id));
    const driver = await aUser(db);
    await aChargingSession(db, {
      stationId: station.id,
      connectorId: 2,
      userId: driver.id,
      idTag: 'SECRET-TAG',
    });
    await db.insert(sessions).values(
      [1, 2].map(() => ({
        stationId: station.id,
        connectorId: 2,
        status: 'PENDING' as const,
        userId: driver.id,
        queuedAt: new Date(),
      })),
    );

    const { status: code, body } = await status(connector.id);
    expect(code).toBe(200);
    expect(body).toEqual({
      connectorId: connector.id,
      stationId: station.id,
      ocppConnectorId: 2,
      status: 'Charging',
      errorCode: 'NoError',
      statusAt: statusAt.toISOString(),
      type: 'CCS2',
      maxPowerW: 150_000,
      queueLength: 2,
    });
    expect(ZConnectorLiveStatus.parse(body)).toEqual(body);
    expect(JSON.stringify(body)).not.toMatch(/SECRET-TAG|userId|idTag/);
  });

  it("reports an offline station's connector as Offline", async () => {
    const station = await aStation(db);
    const connector = await connectorOf(station.id, 1);
    await db.update(connectors).set({ status: 'Available' }).where(eq(connectors.id, connector.id));
    expect((await status(connector.id)).body).toMatchObject({ status: 'Offline', queueLength: 0 });
  });

  it('is 404 for unknown ids and for stations not accepted (not on the public list)', async () => {
    expect((await status('00000000-0000-4000-8000-00000000abcd')).status).toBe(404);
    expect((await status('nope')).status).toBe(404);
    const pending = await aStation(db, { registrationStatus: 'Pending' });
    expect((await status((await connectorOf(pending.id, 1)).id)).status).toBe(404);
  });
});
