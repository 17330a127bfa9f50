import type { Socket } from 'node:net';
import { eq } from 'drizzle-orm';
import type WebSocket from 'ws';
import { afterAll, describe, expect, it } from 'vitest';
import { stations } from '@/db/schema';
import { useTestDb } from '@/test/db';
import { aStation } from '@/test/builders';
import { basicAuth, eventually, rawUpgrade, useOcppServer } from '@/test/ocpp-builders';
import { loadOcppConfig } from './config';

const PING_MS = 150;
const { db } = useTestDb();
// The sweeper is out of the picture (hour-long staleness): only the ping can notice.
const ocpp = useOcppServer({ pingIntervalMs: PING_MS, staleAfterS: 3600 });
const sockets: WebSocket[] = [];
afterAll(() => sockets.forEach((socket) => socket.terminate()));

async function connectionState(id: string) {
  const [row] = await db.select().from(stations).where(eq(stations.id, id));
  return row!.connectionState;
}

describe('dead links', () => {
  it('a charger whose link stops answering pings is shown offline within about two intervals', async () => {
    const station = await aStation(db);
    const { socket } = await rawUpgrade(`${ocpp.server.endpoint}/${station.identity}`, {
      authorization: basicAuth(station.identity, station.password),
    });
    sockets.push(socket!);
    await eventually(async () => (await connectionState(station.id)) === 'online');
    // Held across a few intervals, an answering link stays online.
    await new Promise((resolve) => setTimeout(resolve, PING_MS * 4));
    expect(await connectionState(station.id)).toBe('online');

    // The link goes silent without a close frame: nothing is read, so no pong goes back.
    (socket as unknown as { _socket: Socket })._socket.pause();
    const lostAt = Date.now();
    await eventually(async () => (await connectionState(station.id)) === 'offline', PING_MS * 10);
    expect(Date.now() - lostAt).toBeLessThan(PING_MS * 2 + 500);
  });

  it('the default settings show a station offline within 60 s of losing its link', () => {
    const config = loadOcppConfig({
      NODE_ENV: 'test',
      DATABASE_URL: 'postgres://u@localhost:5432/db',
    });
    // Live node: the ping drops the link at the latest one interval after the missing pong.
    expect(2 * config.pingIntervalMs!).toBeLessThanOrEqual(60_000);
    // Dead node: another node's sweeper, after staleness plus one sweep.
    expect(config.staleAfterS! * 1000 + config.sweepIntervalMs!).toBeLessThanOrEqual(60_000);
    // Staleness must outlast the gap between two answered pings, or live stations flap.
    expect(config.staleAfterS! * 1000).toBeGreaterThan(2 * config.pingIntervalMs!);
  });
});
