import { eq, sql } from 'drizzle-orm';
import { createRPCError } from 'ocpp-rpc';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commands, stations } from '@/db/schema';
import { aStation } from '@/test/builders';
import { eventually, listenForEvents } from '@/test/ocpp-builders';
import { SAMPLE_REQUESTS } from './command-samples';
import { commandRows, useCommandTestbed } from './command-test-kit';

const testbed = useCommandTestbed();
const { db } = testbed;
let events: Awaited<ReturnType<typeof listenForEvents>>;
beforeAll(async () => {
  events = await listenForEvents();
});
afterAll(() => events.close());

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('how a command ends', () => {
  it('returns as soon as the charger answers and announces command.completed', async () => {
    const { station } = await testbed.connectCharger();
    const started = Date.now();
    const outcome = await testbed.send({
      stationId: station.id,
      action: 'ClearCache',
      request: {},
      timeoutMs: 10_000,
    });
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(await events.next(station.id, 'command.completed')).toEqual({
      type: 'command.completed',
      stationId: station.id,
      commandId: outcome.commandId,
    });
  });

  it('a CALLERROR from the charger ends as failed with its code and message', async () => {
    const { station } = await testbed.connectCharger({
      answer: () => createRPCError('NotSupported', 'no vendor data here') as Error,
    });
    const outcome = await testbed.send({
      stationId: station.id,
      action: 'DataTransfer',
      request: SAMPLE_REQUESTS.DataTransfer,
    });
    expect(outcome).toMatchObject({
      state: 'failed',
      ocppStatus: null,
      error: { code: 'NotSupported', message: 'no vendor data here' },
      latencyMs: expect.any(Number),
    });
  });

  it('an answer after the deadline is stored, applied, and the command stays timed out', async () => {
    const { station } = await testbed.connectCharger({
      answer: async () => {
        await delay(700);
        return { status: 'Accepted' };
      },
    });
    const outcome = await testbed.send({
      stationId: station.id,
      action: 'ChangeConfiguration',
      request: { key: 'ConnectionTimeOut', value: '33' },
      timeoutMs: 300,
    });
    expect(outcome.state).toBe('timeout');
    const row = await eventually(async () =>
      (await commandRows(db, station.id)).find((r) => r.answeredAt),
    );
    expect(row).toMatchObject({
      state: 'timeout',
      ocppStatus: 'Accepted',
      response: { status: 'Accepted' },
    });
    const config = await db.query.stationConfiguration.findFirst({
      where: (c) => eq(c.stationId, station.id),
    });
    expect(config).toMatchObject({ key: 'ConnectionTimeOut', value: '33' });
  });

  it('a charger that disconnects mid-call ends the command Offline at once', async () => {
    const { station, charger, received } = await testbed.connectCharger({ answer: () => 'never' });
    const started = Date.now();
    const sending = testbed.send({
      stationId: station.id,
      action: 'Reset',
      request: { type: 'Hard' },
      timeoutMs: 10_000,
    });
    await eventually(async () => received.length > 0);
    await charger.close();
    expect((await sending).state).toBe('offline');
    expect(Date.now() - started).toBeLessThan(3_000);
  });

  it('a node that no longer holds the socket answers Offline, not Timeout', async () => {
    const station = await aStation(db);
    await db
      .update(stations)
      .set({ connectionState: 'online', nodeId: testbed.server.nodeId })
      .where(eq(stations.id, station.id));
    const started = Date.now();
    const outcome = await testbed.send({
      stationId: station.id,
      action: 'ClearCache',
      request: {},
      timeoutMs: 10_000,
    });
    expect(outcome.state).toBe('offline');
    expect(Date.now() - started).toBeLessThan(3_000);
    expect((await commandRows(db, station.id))[0]).toMatchObject({ nodeId: testbed.server.nodeId });
  });
});

describe('commands whose NOTIFY was missed', () => {
  it('a queued command is picked up by its node’s sweep; an expired one is timed out, never sent', async () => {
    const { station, received } = await testbed.connectCharger();
    const queued = {
      stationId: station.id,
      nodeId: testbed.server.nodeId,
      state: 'queued' as const,
    };
    const [missed, expired] = await db
      .insert(commands)
      .values([
        {
          ...queued,
          action: 'ClearCache',
          request: {},
          expiresAt: sql`now() + interval '5 seconds'`,
        },
        {
          ...queued,
          action: 'UnlockConnector',
          request: { connectorId: 1 },
          expiresAt: sql`now() - interval '1 second'`,
        },
      ])
      .returning();

    const answered = await eventually(async () =>
      (await commandRows(db, station.id)).find(
        (row) => row.id === missed!.id && row.state === 'answered',
      ),
    );
    expect(answered).toMatchObject({ ocppStatus: 'Accepted', sentAt: expect.any(Date) });
    const timedOut = await eventually(async () =>
      (await commandRows(db, station.id)).find(
        (row) => row.id === expired!.id && row.state === 'timeout',
      ),
    );
    expect(timedOut.sentAt).toBeNull();
    expect(received.map((call) => call.method)).toEqual(['ClearCache']);
  });
});
