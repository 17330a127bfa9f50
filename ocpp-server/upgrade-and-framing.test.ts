import type { RPCClient } from 'ocpp-rpc';
import type WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useTestDb } from '@/test/db';
import { aStation } from '@/test/builders';
import {
  aChargePoint,
  anOcppServer,
  basicAuth,
  exchange,
  rawUpgrade,
  type TestOcppServer,
} from '@/test/ocpp-builders';

const { db } = useTestDb();
let server: TestOcppServer;
const sockets: WebSocket[] = [];
const clients: RPCClient[] = [];

beforeAll(async () => {
  server = await anOcppServer({ maxBadMessages: 3 });
});
afterAll(async () => {
  sockets.forEach((s) => s.terminate());
  await Promise.all(clients.map((c) => c.close()));
  await server.close();
});

/** The message type, id and (for a CALLERROR) error code of an OCPP-J frame. */
function head(frame: unknown, length = 3): unknown[] {
  return (frame as unknown[]).slice(0, length);
}

async function openRawSocket() {
  const station = await aStation(db);
  const { status, socket } = await rawUpgrade(`${server.endpoint}/${station.identity}`, {
    authorization: basicAuth(station.identity, station.password),
  });
  expect(status).toBe(101);
  sockets.push(socket!);
  return socket!;
}

describe('WebSocket upgrade', () => {
  it('accepts a registered station with its password and ocpp1.6', async () => {
    const station = await aStation(db);
    const client = await aChargePoint(server, station);
    clients.push(client);
    expect(client.protocol).toBe('ocpp1.6');
  });

  it('refuses a wrong or missing password with 401', async () => {
    const station = await aStation(db);
    const url = `${server.endpoint}/${station.identity}`;
    const wrong = await rawUpgrade(url, { authorization: basicAuth(station.identity, 'nope') });
    expect(wrong.status).toBe(401);
    expect((await rawUpgrade(url)).status).toBe(401);
    await expect(
      aChargePoint(server, { identity: station.identity, password: 'nope' }),
    ).rejects.toThrow();
  });

  it('refuses an unknown identity with 401', async () => {
    const result = await rawUpgrade(`${server.endpoint}/NOT-REGISTERED`, {
      authorization: basicAuth('NOT-REGISTERED', 'whatever'),
    });
    expect(result.status).toBe(401);
  });

  it('refuses a client that offers no supported subprotocol with 400', async () => {
    const station = await aStation(db);
    const result = await rawUpgrade(`${server.endpoint}/${station.identity}`, {
      protocols: ['ocpp2.0.1'],
      authorization: basicAuth(station.identity, station.password),
    });
    expect(result.status).toBe(400);
  });

  it('refuses paths other than /ocpp/{identity}', async () => {
    const station = await aStation(db);
    const auth = basicAuth(station.identity, station.password);
    const base = `ws://127.0.0.1:${server.port}`;
    expect(
      (await rawUpgrade(`${base}/other/${station.identity}`, { authorization: auth })).status,
    ).toBe(404);
    expect((await rawUpgrade(`${base}/${station.identity}`, { authorization: auth })).status).toBe(
      404,
    );
  });
});

describe('malformed messages', () => {
  it('answers a schema-invalid CALL with the OCPP error and keeps serving', async () => {
    const socket = await openRawSocket();
    const invalid = await exchange(
      socket,
      JSON.stringify([
        2,
        'm-1',
        'BootNotification',
        { chargePointVendor: 42, chargePointModel: 'M' },
      ]),
    );
    expect(head(invalid)).toEqual([4, 'm-1', 'TypeConstraintViolation']);
    const missing = await exchange(
      socket,
      JSON.stringify([2, 'm-2', 'StatusNotification', { connectorId: 1 }]),
    );
    expect(head(missing)).toEqual([4, 'm-2', 'OccurrenceConstraintViolation']);
    const ok = await exchange(socket, JSON.stringify([2, 'm-3', 'Heartbeat', {}]));
    expect(ok).toEqual([3, 'm-3', { currentTime: expect.any(String) }]);
  });

  it('answers non-JSON garbage with RpcFrameworkError, and others are still served', async () => {
    const socket = await openRawSocket();
    const answer = await exchange(socket, 'this is not json {');
    expect(head(answer)).toEqual([4, '-1', 'RpcFrameworkError']);
    const other = await aChargePoint(server, await aStation(db));
    clients.push(other);
    expect(await other.call('Heartbeat', {})).toHaveProperty('currentTime');
    expect(head(await exchange(socket, JSON.stringify([2, 'm-4', 'Heartbeat', {}])), 2)).toEqual([
      3,
      'm-4',
    ]);
  });

  it('closes a socket that keeps sending garbage', async () => {
    const socket = await openRawSocket();
    const closed = new Promise<number>((resolve) => socket.once('close', (code) => resolve(code)));
    for (let i = 0; i < 4; i += 1) socket.send('garbage');
    expect(await closed).toBe(1002);
  });
});
