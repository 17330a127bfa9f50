import { describe, expect, it } from 'vitest';
import type { MeterValue } from './ocpp-types';
import { FLAT_AC_VEHICLE } from './testing/a-charge-point';
import { statusOf, useSimulator, waitForCallAfter, waitUntil } from './testing/use-simulator';

// Heartbeats would interleave with the calls the tests count.
const sim = useSimulator({ intervalS: 3_600 });
/** 60 s of simulated time: one second of wall time at the test clock's 60×. */
const ONE_SECOND_OFFLINE = { reconnectAfterMs: 60_000 };

const timestampOf = (method: string, params: Record<string, unknown>) =>
  method === 'MeterValues'
    ? (params.meterValue as MeterValue[])[0]?.timestamp
    : (params.timestamp as string);

describe('misbehaviour on demand', () => {
  it('dropLink: the CSMS sees an abnormal close and the charger comes back on its own', async () => {
    await sim.connected({ reconnect: true });
    const before = sim.csms.calls.at(-1);
    if (!before) throw new Error('no calls recorded');
    await sim.chargePoint.dropLink({ reconnectAfterMs: 6_000 });
    expect(sim.chargePoint.isConnected).toBe(false);
    await waitUntil(() => sim.csms.disconnects.length === 1);
    // No close frame was sent: the server sees 1006, abnormal closure.
    expect(sim.csms.disconnects[0]).toEqual({ identity: 'SIM-TEST-1', code: 1006 });

    // Back: it reports its connectors again, without rebooting.
    await waitForCallAfter(sim.csms, before, statusOf(2, 'Available'));
    expect(sim.chargePoint.isConnected).toBe(true);
    expect(sim.csms.callsOf('BootNotification')).toHaveLength(1);
  });

  it('dropLink without reconnect leaves the charger offline', async () => {
    await sim.connected({ reconnect: false });
    await sim.chargePoint.dropLink({ reconnectAfterMs: 0 });
    await waitUntil(() => sim.csms.disconnects.length === 1);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(sim.chargePoint.isConnected).toBe(false);
    expect(sim.chargePoint.registrationStatus).toBeUndefined();
  });

  it('replay sends the last calls again with identical payloads and new message ids', async () => {
    await sim.connected();
    const transactionId = await sim.charging(1);
    await sim.chargePoint.stopTransaction(1);
    await sim.csms.waitForCall('StatusNotification', statusOf(1, 'Finishing'));
    const original = sim.csms.calls.filter((call) =>
      ['StartTransaction', 'StopTransaction'].includes(call.method),
    );
    const count = sim.csms.calls.length;
    const lastTwo = sim.csms.calls.slice(-2);

    const results = await sim.chargePoint.replay(2);
    expect(results.map((result) => result.status)).toEqual(['fulfilled', 'fulfilled']);
    const replayed = sim.csms.calls.slice(count);
    expect(replayed.map(({ method, params }) => ({ method, params }))).toEqual(
      lastTwo.map(({ method, params }) => ({ method, params })),
    );
    expect(original.map((call) => call.method)).toEqual(['StartTransaction', 'StopTransaction']);
    expect(original[1]?.params.transactionId).toBe(transactionId);
    const frames = sim.csms.rawFrames.map(({ frame }) => JSON.parse(frame) as unknown[]);
    const ids = frames.filter((frame) => frame[0] === 2).map((frame) => frame[1]);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('sendGarbage writes a frame as is, and the charger stays connected', async () => {
    await sim.connected();
    sim.chargePoint.sendGarbage('this is { not OCPP');
    sim.chargePoint.sendGarbage('[2,"bad-1","Heartbeat",{"unexpected":true}]');
    await waitUntil(() => sim.csms.rawFrames.some(({ frame }) => frame.includes('bad-1')));
    const frames = sim.csms.rawFrames.map(({ frame }) => frame);
    expect(frames).toContain('this is { not OCPP');
    expect(frames).toContain('[2,"bad-1","Heartbeat",{"unexpected":true}]');
    // The strict CSMS never saw them as calls.
    expect(sim.csms.callsOf('Heartbeat').some((call) => 'unexpected' in call.params)).toBe(false);
    expect(sim.chargePoint.isConnected).toBe(true);
  });

  it('queues transaction messages while offline and sends them in order once back', async () => {
    await sim.connected({ reconnect: true, queueTransactionsOffline: true });
    const transactionId = await sim.charging(1);
    await sim.csms.waitForCall('StatusNotification', statusOf(1, 'Charging'));
    await sim.chargePoint.dropLink(ONE_SECOND_OFFLINE);
    await waitUntil(() => sim.csms.disconnects.length === 1);
    const droppedAt = sim.chargePoint.simulatedNow();
    const sent = sim.csms.calls.length;

    sim.chargePoint.sendMeterValues(1);
    await new Promise((resolve) => setTimeout(resolve, 50));
    sim.chargePoint.sendMeterValues(1);
    await sim.chargePoint.stopTransaction(1);
    expect(sim.chargePoint.queuedMessages).toBeGreaterThanOrEqual(3);
    expect(sim.csms.calls.slice(sent).map((call) => call.method)).toEqual([]);

    const stop = await sim.csms.waitForCall('StopTransaction', undefined, 5_000);
    expect(stop.params).toMatchObject({ transactionId, reason: 'Local' });
    const flushed = sim.csms.calls
      .slice(sent)
      .filter((call) => ['MeterValues', 'StopTransaction'].includes(call.method));
    expect(flushed.at(-1)?.method).toBe('StopTransaction');
    expect(flushed.length).toBeGreaterThanOrEqual(3);
    const stamps = flushed.map((call) => Date.parse(timestampOf(call.method, call.params) ?? ''));
    expect(stamps).toEqual([...stamps].sort((a, b) => a - b));
    // Stamped when they happened, offline, not when they were finally sent.
    expect(stamps.at(-1)).toBeLessThan(droppedAt + 60_000);
    for (const call of flushed) expect(call.params.transactionId).toBe(transactionId);
    await waitUntil(() => sim.chargePoint.queuedMessages === 0);
  });

  it('starts offline under a provisional id that the CSMS answer replaces', async () => {
    await sim.connected({
      reconnect: true,
      queueTransactionsOffline: true,
      configuration: { AllowOfflineTxForUnknownId: 'true' },
    });
    await sim.chargePoint.dropLink(ONE_SECOND_OFFLINE);
    sim.chargePoint.plugIn(2, FLAT_AC_VEHICLE);
    const result = await sim.chargePoint.startTransaction(2, 'OFFLINE-TAG');
    expect(result).toEqual({ started: true, transactionId: -2 });
    sim.chargePoint.sendMeterValues(2);
    await sim.chargePoint.stopTransaction(2);
    expect(sim.csms.callsOf('Authorize')).toHaveLength(0);

    const stop = await sim.csms.waitForCall('StopTransaction', undefined, 5_000);
    const start = sim.csms.callsOf('StartTransaction')[0];
    expect(start?.params).toMatchObject({ connectorId: 2, idTag: 'OFFLINE-TAG' });
    expect(stop.params.transactionId).toBe(1);
    const meter = sim.csms.callsOf('MeterValues').find((call) => call.params.connectorId === 2);
    expect(meter?.params.transactionId).toBe(1);
    const order = sim.csms.calls.map((call) => call.method);
    expect(order.indexOf('StartTransaction')).toBeLessThan(order.indexOf('StopTransaction'));
  });

  it('refuses an unknown idTag offline unless AllowOfflineTxForUnknownId', async () => {
    await sim.connected({ reconnect: true, queueTransactionsOffline: true });
    await sim.chargePoint.dropLink(ONE_SECOND_OFFLINE);
    sim.chargePoint.plugIn(1, FLAT_AC_VEHICLE);
    expect(await sim.chargePoint.startTransaction(1, 'STRANGER')).toEqual({
      started: false,
      authorization: 'Invalid',
    });
  });
});
