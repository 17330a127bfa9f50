import { eq } from 'drizzle-orm';
import { createRPCError } from 'ocpp-rpc';
import { afterAll, describe, expect, it } from 'vitest';
import { commands, stations } from '@/db/schema';
import { closeDb } from '@/lib/db';
import { getWebEventHub } from '@/lib/events/web-event-hub';
import { ZUnlockConnectorResult } from '@/lib/openapi/schemas/sessions';
import { aStation, aUser } from '@/test/builders';
import { testDatabaseUrl, useTestDb } from '@/test/db';
import { eventually, useOcppServer } from '@/test/ocpp-builders';
import { aChargingSession, aSignedInCookie, TEST_NEXTAUTH_SECRET } from '@/test/web-builders';
import { POST } from './route';

// The route reads the web process's configuration: point it at the run's database, and wait
// one second (not the default 15) for a charger that does not answer.
process.env.DATABASE_URL = testDatabaseUrl();
process.env.NEXTAUTH_SECRET = TEST_NEXTAUTH_SECRET;
process.env.COMMAND_TIMEOUT_MS = '1000';

const { db } = useTestDb();
const ocpp = useOcppServer();
afterAll(async () => {
  await (await getWebEventHub()).close();
  await closeDb();
});

async function unlock(
  stationId: string,
  connectorId: string,
  role: 'operator' | 'driver' = 'operator',
) {
  // A fresh user per call: writes are rate limited per user.
  const user = await aUser(db, { role });
  const { cookie } = await aSignedInCookie(db, user);
  const response = await POST(
    new Request(`http://test.local/api/v1/stations/${stationId}/connectors/${connectorId}/unlock`, {
      method: 'POST',
      headers: { cookie },
    }),
    { params: Promise.resolve({ id: stationId, connectorId }) },
  );
  return {
    user,
    status: response.status,
    body: (await response.json()) as Record<string, unknown>,
  };
}

type TUnlockAnswer = Record<string, string>;

/** A connected charger answering UnlockConnector with `answer`. */
async function aChargerAnswering(answer: () => TUnlockAnswer | Promise<TUnlockAnswer>) {
  const station = await aStation(db);
  const client = await ocpp.connect(station);
  client.handle('UnlockConnector', async () => answer());
  await eventually(async () => {
    const [row] = await db.select().from(stations).where(eq(stations.id, station.id));
    return row?.connectionState === 'online';
  });
  return station;
}

async function commandsOf(stationId: string) {
  return db.select().from(commands).where(eq(commands.stationId, stationId));
}

describe('POST /api/v1/stations/{id}/connectors/{connectorId}/unlock', () => {
  it('answers 200 when the charger unlocks, filing the command under the charging session', async () => {
    const station = await aChargerAnswering(() => ({ status: 'Unlocked' }));
    const session = await aChargingSession(db, { stationId: station.id, connectorId: 2 });
    const { user, status, body } = await unlock(station.id, '2');
    expect(status).toBe(200);
    const [row] = await commandsOf(station.id);
    expect(body).toEqual({
      command: { commandId: row!.id, state: 'answered', ocppStatus: 'Unlocked', error: null },
    });
    expect(ZUnlockConnectorResult.parse(body)).toEqual(body);
    expect(row).toMatchObject({
      action: 'UnlockConnector',
      request: { connectorId: 2 },
      sessionId: session.id,
      requestedBy: user.id,
    });
  });

  it.each(['UnlockFailed', 'NotSupported'])(
    "answers 502 with the charger's %s in the details",
    async (answer) => {
      const station = await aChargerAnswering(() => ({ status: answer }));
      const { status, body } = await unlock(station.id, '1');
      expect(status).toBe(502);
      expect(body).toMatchObject({
        error: { code: 'charger_rejected', details: { state: 'answered', ocppStatus: answer } },
      });
      // No session charges on connector 1: the command stands alone.
      expect((await commandsOf(station.id))[0]?.sessionId).toBeNull();
    },
  );

  it('answers 502 with the CALLERROR when the charger answers with one', async () => {
    const station = await aChargerAnswering(() => {
      throw createRPCError('InternalError', 'latch jammed') as Error;
    });
    const { status, body } = await unlock(station.id, '1');
    expect(status).toBe(502);
    expect(body).toMatchObject({
      error: {
        code: 'charger_rejected',
        details: { state: 'failed', error: { code: 'InternalError', message: 'latch jammed' } },
      },
    });
  });

  it('answers 504 when the charger does not answer in time', async () => {
    // Answers after the route's 1 s wait (a handler that never settles would hold the socket).
    const station = await aChargerAnswering(
      () =>
        new Promise<TUnlockAnswer>((resolve) =>
          setTimeout(() => resolve({ status: 'Unlocked' }), 1_500),
        ),
    );
    const started = Date.now();
    const { status, body } = await unlock(station.id, '1');
    expect(status).toBe(504);
    expect(body).toMatchObject({
      error: { code: 'charger_timeout', details: { state: 'timeout' } },
    });
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('answers 503 when the charger is offline', async () => {
    const station = await aStation(db);
    const { status, body } = await unlock(station.id, '1');
    expect(status).toBe(503);
    expect(body).toMatchObject({
      error: { code: 'charger_offline', details: { state: 'offline' } },
    });
  });

  it('answers 404 for an unknown station or connector and a malformed connector number', async () => {
    const station = await aStation(db);
    for (const [id, connectorId] of [
      ['00000000-0000-4000-8000-00000000abcd', '1'],
      [station.id, '3'],
      [station.id, '0'],
      [station.id, 'one'],
      [station.id, '1.5'],
    ] as const) {
      const { status, body } = await unlock(id, connectorId);
      expect(status, `${id}/${connectorId}`).toBe(404);
      expect(body).toMatchObject({ error: { code: 'not_found' } });
    }
    expect(await commandsOf(station.id)).toEqual([]);
  });

  it('is for operators: a driver gets 403 and nothing is sent', async () => {
    const station = await aStation(db);
    expect((await unlock(station.id, '1', 'driver')).status).toBe(403);
    expect(await commandsOf(station.id)).toEqual([]);
  });
});
