import { and, eq } from 'drizzle-orm';
import { RPCClient } from 'ocpp-rpc';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anomalies, ocppMessages, sessions, stations } from '@/db/schema';
import { useTestDb } from '@/test/db';
import { aStation, anIdTag } from '@/test/builders';
import { callAs, eventually, listenForEvents, useOcppServer } from '@/test/ocpp-builders';
import type { StartTransactionResponse } from './ocpp16-types';

const { db } = useTestDb();
const ocpp = useOcppServer({
  // Generous: under a loaded machine the triggered StatusNotification must land before the check.
  zombieGraceMs: 1500,
  zombieAfterS: 3600,
  zombieSweepIntervalMs: 100,
});
let events: Awaited<ReturnType<typeof listenForEvents>>;
beforeAll(async () => {
  events = await listenForEvents();
});
afterAll(() => events.close());

const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000).toISOString();

async function sessionOf(transactionId: number) {
  const [row] = await db.select().from(sessions).where(eq(sessions.transactionId, transactionId));
  return row!;
}

/** Starts a transaction with one meter reading on a connector. */
async function charge(client: RPCClient, connectorId: number, idTag: string) {
  const { transactionId } = await callAs<StartTransactionResponse>(client, 'StartTransaction', {
    connectorId,
    idTag,
    meterStart: 1_000,
    timestamp: minutesAgo(30),
  });
  await client.call('MeterValues', {
    connectorId,
    transactionId,
    meterValue: [{ timestamp: minutesAgo(20), sampledValue: [{ value: '3500' }] }],
  });
  return transactionId;
}

/** A charger that answers TriggerMessage StatusNotification with the given connector states. */
async function aChargerReporting(
  station: { identity: string; password: string },
  states: Record<number, string>,
) {
  const client = new RPCClient({
    endpoint: ocpp.server.endpoint,
    identity: station.identity,
    password: station.password,
    protocols: ['ocpp1.6'],
    strictMode: true,
    reconnect: false,
  } as ConstructorParameters<typeof RPCClient>[0]);
  client.handle('TriggerMessage', async ({ params }) => {
    const { connectorId } = params as { connectorId: number };
    setTimeout(() => {
      void client.call('StatusNotification', {
        connectorId,
        errorCode: 'NoError',
        status: states[connectorId] ?? 'Available',
        timestamp: new Date().toISOString(),
      });
    }, 10);
    return { status: 'Accepted' };
  });
  await client.connect();
  return client;
}

describe('zombie transactions', () => {
  it('on reconnect the charger is asked, and a session its connector no longer runs is closed', async () => {
    const station = await aStation(db);
    const { idTag } = await anIdTag(db);
    const before = await ocpp.connect(station);
    const gone = await charge(before, 1, idTag);
    const running = await charge(before, 2, idTag);
    await before.close({ force: true });

    const reconnectedAt = new Date();
    const after = await aChargerReporting(station, { 1: 'Available', 2: 'Charging' });
    const closed = await eventually(async () => {
      const row = await sessionOf(gone);
      return row.status !== 'CHARGING' && row;
    });
    expect(closed).toMatchObject({
      status: 'FAILED',
      stopReason: 'ZombieClosed',
      meterStopWh: 3_500,
      energyWh: 2_500,
      stoppedAt: new Date(closed.lastMeterAt!),
    });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect((await sessionOf(running)).status).toBe('CHARGING');

    const [flag] = await db.select().from(anomalies).where(eq(anomalies.stationId, station.id));
    expect(flag).toMatchObject({
      kind: 'zombie_transaction',
      message: expect.stringContaining(`Transaction ${gone}`),
    });
    expect(events.of(station.id, 'session.stopped').map((event) => event.sessionId)).toContain(
      closed.id,
    );
    await eventually(async () => {
      const asked = await db
        .select()
        .from(ocppMessages)
        .where(
          and(
            eq(ocppMessages.stationId, station.id),
            eq(ocppMessages.action, 'TriggerMessage'),
            eq(ocppMessages.direction, 'out'),
          ),
        );
      // A check still under way for the old socket may have asked it too; what matters is
      // that the new connection was asked about both connectors.
      const askedConnectors = asked
        .filter((row) => row.createdAt >= reconnectedAt)
        .map((row) => (row.payload as { connectorId?: number }).connectorId);
      return askedConnectors.includes(1) && askedConnectors.includes(2);
    });
    await after.close();
  });

  it('sessions of a station offline beyond the limit are closed; a late StopTransaction still finalises them', async () => {
    const station = await aStation(db);
    const { idTag } = await anIdTag(db);
    const client = await ocpp.connect(station);
    const transactionId = await charge(client, 1, idTag);
    await client.close();
    await eventually(async () => {
      const [row] = await db.select().from(stations).where(eq(stations.id, station.id));
      return row!.connectionState === 'offline';
    });
    await db
      .update(stations)
      .set({ lastSeenAt: new Date(Date.now() - 2 * 3_600_000) })
      .where(eq(stations.id, station.id));
    const closed = await eventually(async () => {
      const row = await sessionOf(transactionId);
      return row.status === 'FAILED' && row;
    });
    expect(closed).toMatchObject({ stopReason: 'ZombieClosed', energyWh: 2_500 });

    const back = await ocpp.connect(station);
    await back.call('StopTransaction', {
      transactionId,
      meterStop: 4_000,
      timestamp: minutesAgo(10),
      reason: 'PowerLoss',
    });
    expect(await sessionOf(transactionId)).toMatchObject({
      status: 'COMPLETED',
      meterStopWh: 4_000,
      energyWh: 3_000,
      stopReason: 'PowerLoss',
    });
  });
});
