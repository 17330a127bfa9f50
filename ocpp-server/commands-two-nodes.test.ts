import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commands, stations } from '@/db/schema';
import { anOcppServer, type TestOcppServer } from '@/test/ocpp-builders';
import { commandRows, useCommandTestbed } from './command-test-kit';

const testbed = useCommandTestbed();
let nodeB: TestOcppServer;
beforeAll(async () => {
  nodeB = await anOcppServer({ commandSweepIntervalMs: 200 });
});
// Registered after the testbed, so it runs before the testbed closes its chargers and node A.
afterAll(() => nodeB.close());

describe('two ocpp-server nodes on one database', () => {
  it('each command is executed by the node holding its station, from a caller connected to neither', async () => {
    const nodeA = testbed.server;
    const onA = await testbed.connectCharger({}, nodeA);
    const onB = await testbed.connectCharger({}, nodeB);

    const [outcomeA, outcomeB] = await Promise.all(
      [onA, onB].map(({ station }) =>
        testbed.send({
          stationId: station.id,
          action: 'TriggerMessage',
          request: { requestedMessage: 'Heartbeat' },
          timeoutMs: 5_000,
        }),
      ),
    );
    expect(outcomeA).toMatchObject({ state: 'answered', ocppStatus: 'Accepted' });
    expect(outcomeB).toMatchObject({ state: 'answered', ocppStatus: 'Accepted' });

    const [rowB] = await commandRows(testbed.db, onB.station.id);
    expect(rowB).toMatchObject({
      nodeId: nodeB.nodeId,
      sentAt: expect.any(Date),
      answeredAt: expect.any(Date),
      latencyMs: expect.any(Number),
    });
    expect(rowB!.latencyMs).toBe(outcomeB!.latencyMs);
    expect((await commandRows(testbed.db, onA.station.id))[0]?.nodeId).toBe(nodeA.nodeId);
    expect(onA.received.map((call) => call.method)).toEqual(['TriggerMessage']);
    expect(onB.received.map((call) => call.method)).toEqual(['TriggerMessage']);
  });

  it('a node never sends a command routed to another node, even for a socket it holds', async () => {
    // The route says node B while node A holds the socket (as after a move B has not seen yet).
    const onA = await testbed.connectCharger({}, testbed.server);
    await testbed.db
      .update(stations)
      .set({ nodeId: nodeB.nodeId })
      .where(eq(stations.id, onA.station.id));

    const outcome = await testbed.send({
      stationId: onA.station.id,
      action: 'ClearCache',
      request: {},
      timeoutMs: 5_000,
    });

    expect(outcome.state).toBe('offline');
    const [row] = await testbed.db
      .select()
      .from(commands)
      .where(eq(commands.id, outcome.commandId));
    expect(row).toMatchObject({ nodeId: nodeB.nodeId, state: 'offline', sentAt: expect.any(Date) });
    expect(onA.received).toEqual([]);
  });

  it('a station that moves to the other node has its next command routed there', async () => {
    const before = await testbed.connectCharger({}, nodeB);
    const send = () =>
      testbed.send({ stationId: before.station.id, action: 'ClearCache', request: {} });
    expect((await send()).state).toBe('answered');
    await before.charger.close();
    const after = await testbed.connectCharger({ existing: before.station }, testbed.server);
    expect((await send()).state).toBe('answered');

    const rows = await testbed.db
      .select({ nodeId: commands.nodeId })
      .from(commands)
      .where(eq(commands.stationId, before.station.id))
      .orderBy(commands.createdAt);
    expect(rows.map((row) => row.nodeId)).toEqual([nodeB.nodeId, testbed.server.nodeId]);
    expect(after.received.map((call) => call.method)).toEqual(['ClearCache']);
  });
});
