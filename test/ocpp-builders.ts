import { RPCClient } from 'ocpp-rpc';
import { afterAll, beforeAll } from 'vitest';
import type { Executor } from '@/db/client';
import postgres from 'postgres';
import WebSocket from 'ws';
import { createEventHub } from '@/lib/events/event-hub';
import type { LiveEvent } from '@/lib/events/live-event';
import { createOcppServer, type OcppServer, type OcppServerOptions } from '@/ocpp-server/server';
import { testDatabaseUrl } from './db';
import { aStation, aUser, anIdTag, unique } from './builders';

type ClientOptions = ConstructorParameters<typeof RPCClient>[0];

export interface TestOcppServer extends OcppServer {
  /** ws://127.0.0.1:{port}/ocpp */
  endpoint: string;
}

/** A real ocpp-server on a free port against the run's test database; close it in afterAll. */
export async function anOcppServer(
  overrides: Partial<OcppServerOptions> = {},
): Promise<TestOcppServer> {
  const server = await createOcppServer({
    databaseUrl: testDatabaseUrl(),
    host: '127.0.0.1',
    port: 0,
    nodeId: unique('node'),
    logger: { info: () => {}, error: (message, error) => console.error(message, error) },
    ...overrides,
  });
  return { ...server, endpoint: `ws://127.0.0.1:${server.port}/ocpp` };
}

/** A connected OCPP 1.6J charge point (ocpp-rpc client in strict mode) for a station. */
export async function aChargePoint(
  server: TestOcppServer,
  station: { identity: string; password: string },
  overrides: Partial<ClientOptions> = {},
): Promise<RPCClient> {
  const client = new RPCClient({
    endpoint: server.endpoint,
    identity: station.identity,
    password: station.password,
    protocols: ['ocpp1.6'],
    strictMode: true,
    reconnect: false,
    ...overrides,
  } as ClientOptions);
  await client.connect();
  return client;
}

/**
 * A real ocpp-server for one test file: started before its tests, closed after them together
 * with every charge point connected through `connect`.
 */
export function useOcppServer(overrides: Partial<OcppServerOptions> = {}) {
  let started: TestOcppServer | undefined;
  const clients: RPCClient[] = [];
  beforeAll(async () => {
    started = await anOcppServer(overrides);
  });
  afterAll(async () => {
    await Promise.all(clients.map((client) => client.close()));
    await started?.close();
  });
  const ocpp = {
    get server(): TestOcppServer {
      if (!started) throw new Error('the OCPP server starts in beforeAll');
      return started;
    },
    async connect(
      station: { identity: string; password: string },
      options?: Partial<ClientOptions>,
    ) {
      const client = await aChargePoint(ocpp.server, station, options);
      clients.push(client);
      return client;
    },
  };
  return ocpp;
}

export type OcppTestServer = ReturnType<typeof useOcppServer>;

/** A registered station, connected, plus a driver with an accepted id tag. */
export async function aChargerWithDriver(db: Executor, ocpp: OcppTestServer) {
  const station = await aStation(db);
  const user = await aUser(db);
  const tag = await anIdTag(db, { userId: user.id });
  const client = await ocpp.connect(station);
  return { station, user, tag, client };
}

/** Calls an action and types the answer (strict mode has validated it against the schema). */
export async function callAs<T>(client: RPCClient, action: string, params: object): Promise<T> {
  return (await client.call(action, params)) as T;
}

export function basicAuth(identity: string, password: string): string {
  return `Basic ${Buffer.from(`${identity}:${password}`).toString('base64')}`;
}

/** A raw WebSocket upgrade: resolves with the open socket, or the HTTP status it was refused with. */
export function rawUpgrade(
  url: string,
  options: { protocols?: string[]; authorization?: string } = {},
): Promise<{ status: number; socket?: WebSocket }> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url, options.protocols ?? ['ocpp1.6'], {
      headers: options.authorization ? { authorization: options.authorization } : {},
    });
    socket.once('open', () => resolve({ status: 101, socket }));
    socket.once('unexpected-response', (_request, response) => {
      resolve({ status: response.statusCode ?? 0 });
      socket.terminate();
    });
    socket.once('error', reject);
  });
}

/** Sends one frame on a raw socket and resolves with the next frame received, parsed. */
export function exchange(socket: WebSocket, frame: string): Promise<unknown> {
  return new Promise((resolve) => {
    socket.once('message', (data) => resolve(JSON.parse((data as Buffer).toString('utf8'))));
    socket.send(frame);
  });
}

/** Polls until `probe` returns something truthy; for effects written after the answer. */
export async function eventually<T>(
  probe: () => Promise<T | null | undefined | false>,
  timeoutMs = 5000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/**
 * A LISTEN connection of its own (as a web process has) collecting every live event.
 * Call close() in afterAll.
 */
export async function listenForEvents() {
  const sql = postgres(testDatabaseUrl(), { max: 1, onnotice: () => {} });
  const hub = await createEventHub(sql);
  const received: LiveEvent[] = [];
  hub.subscribe((event) => received.push(event));
  return {
    received,
    of: (stationId: string, type?: LiveEvent['type']) =>
      received.filter((e) => e.stationId === stationId && (!type || e.type === type)),
    next: (stationId: string, type: LiveEvent['type']) =>
      eventually(async () => received.find((e) => e.stationId === stationId && e.type === type)),
    async close() {
      await hub.close();
      await sql.end({ timeout: 5 });
    },
  };
}
