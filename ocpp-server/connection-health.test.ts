import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stations } from '@/db/schema';
import { useTestDb } from '@/test/db';
import { aStation, unique } from '@/test/builders';
import {
  aChargePoint,
  anOcppServer,
  eventually,
  listenForEvents,
  useOcppServer,
} from '@/test/ocpp-builders';

const { db } = useTestDb();
let events: Awaited<ReturnType<typeof listenForEvents>>;
const ocpp = useOcppServer({ sweepIntervalMs: 100, lastSeenThrottleMs: 0 });

beforeAll(async () => {
  events = await listenForEvents();
});
afterAll(() => events.close());

async function stationRow(id: string) {
  const [row] = await db.select().from(stations).where(eq(stations.id, id));
  return row!;
}

const connect = (station: { identity: string; password: string }) => ocpp.connect(station);

describe('connection health', () => {
  it('marks the station online on connect and offline on disconnect, with events', async () => {
    const station = await aStation(db);
    const client = await connect(station);
    const online = await eventually(async () => {
      const row = await stationRow(station.id);
      return row.connectionState === 'online' && row;
    });
    expect(online).toMatchObject({ nodeId: ocpp.server.nodeId, connectionId: expect.any(String) });
    expect(online.connectedAt).toBeInstanceOf(Date);
    expect(online.lastSeenAt).toBeInstanceOf(Date);
    await events.next(station.id, 'station.connection');

    await client.close();
    const offline = await eventually(async () => {
      const row = await stationRow(station.id);
      return row.connectionState === 'offline' && row;
    });
    expect(offline).toMatchObject({ nodeId: null, connectionId: null });
    await eventually(async () => events.of(station.id, 'station.connection').length === 2);
  });

  it('a second connection replaces the first and the station stays online', async () => {
    const station = await aStation(db);
    const first = await connect(station);
    const firstClosed = new Promise((resolve) => first.once('close', resolve));
    await eventually(async () => (await stationRow(station.id)).connectionState === 'online');
    const firstConnection = (await stationRow(station.id)).connectionId;
    const second = await connect(station);
    await firstClosed;
    const row = await eventually(async () => {
      const current = await stationRow(station.id);
      return current.connectionId !== firstConnection && current;
    });
    expect(row.connectionState).toBe('online');
    expect(await second.call('Heartbeat', {})).toHaveProperty('currentTime');
    expect((await stationRow(station.id)).connectionState).toBe('online');
  });

  it('keeps last_seen_at fresh and reclaims a row released while the socket is alive', async () => {
    const station = await aStation(db);
    const client = await connect(station);
    await eventually(async () => (await stationRow(station.id)).connectionState === 'online');
    const { connectionId } = await stationRow(station.id);
    const longAgo = new Date(Date.now() - 3_600_000);
    await db
      .update(stations)
      .set({ lastSeenAt: longAgo, connectionState: 'offline', nodeId: null, connectionId: null })
      .where(eq(stations.id, station.id));
    await client.call('Heartbeat', {});
    await client.call('Heartbeat', {});
    const row = await eventually(async () => {
      const current = await stationRow(station.id);
      return current.connectionState === 'online' && current.lastSeenAt! > longAgo && current;
    });
    expect(row).toMatchObject({ connectionId, nodeId: ocpp.server.nodeId });
  });

  it('the sweeper marks a station that went quiet offline, whichever node held it', async () => {
    const station = await aStation(db);
    await db
      .update(stations)
      .set({
        connectionState: 'online',
        nodeId: 'some-crashed-node',
        connectionId: crypto.randomUUID(),
        lastSeenAt: sql`now() - interval '10 minutes'`,
      })
      .where(eq(stations.id, station.id));
    await eventually(async () => (await stationRow(station.id)).connectionState === 'offline');
    await events.next(station.id, 'station.connection');
  });

  it('releases stations a previous run of the node left online, and its own on close', async () => {
    const nodeId = unique('restarted-node');
    const leftOver = await aStation(db);
    await db
      .update(stations)
      .set({ connectionState: 'online', nodeId, lastSeenAt: sql`now()` })
      .where(eq(stations.id, leftOver.id));
    const restarted = await anOcppServer({ nodeId });
    expect((await stationRow(leftOver.id)).connectionState).toBe('offline');

    const station = await aStation(db);
    const client = await aChargePoint(restarted, station);
    await eventually(async () => (await stationRow(station.id)).connectionState === 'online');
    await restarted.close();
    expect(await stationRow(station.id)).toMatchObject({
      connectionState: 'offline',
      nodeId: null,
    });
    await client.close();
  });
});
