import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SimulatedChargePoint } from './charge-point';
import type { MeterValue } from './ocpp-types';
import { aChargePoint, FLAT_AC_VEHICLE } from './testing/a-charge-point';
import { startTestCsms, type TestCsms } from './testing/test-csms';

let csms: TestCsms;
let chargePoint: SimulatedChargePoint;

beforeEach(async () => {
  csms = await startTestCsms({ password: 'secret' });
});

afterEach(async () => {
  await chargePoint?.close();
  await csms.close();
});

function reading(meterValue: MeterValue, measurand: string): number {
  const sample = meterValue.sampledValue.find((value) => value.measurand === measurand);
  if (!sample) throw new Error(`no ${measurand} in ${JSON.stringify(meterValue)}`);
  return Number(sample.value);
}

describe('SimulatedChargePoint', () => {
  it('boots and reports every connector Available once accepted', async () => {
    chargePoint = aChargePoint(csms);
    const boot = await chargePoint.connect();

    expect(boot.status).toBe('Accepted');
    const [bootCall] = csms.callsOf('BootNotification');
    expect(bootCall?.params).toMatchObject({ chargePointVendor: 'Chargedeck' });
    for (const connectorId of [0, 1, 2]) {
      const call = await csms.waitForCall(
        'StatusNotification',
        (p) => p.connectorId === connectorId,
      );
      expect(call.params).toMatchObject({ status: 'Available', errorCode: 'NoError' });
    }
    expect(chargePoint.configurationValue('HeartbeatInterval')).toBe('60');
    // interval 60 s at 60× speed: a heartbeat about every second of real time
    await csms.waitForCall('Heartbeat', undefined, 2_500);
  });

  it('keeps retrying a Pending boot and sends nothing else until accepted', async () => {
    await csms.close();
    csms = await startTestCsms({ bootStatus: 'Pending', intervalS: 6 });
    chargePoint = aChargePoint(csms);

    expect((await chargePoint.connect()).status).toBe('Pending');
    await expect(chargePoint.startTransaction(1, 'TAG')).rejects.toThrow(/not registered/);
    await waitUntil(() => csms.callsOf('BootNotification').length >= 3);
    expect(csms.calls.every((call) => call.method === 'BootNotification')).toBe(true);

    csms.bootStatus = 'Accepted';
    await csms.waitForCall('StatusNotification', (p) => p.connectorId === 2);
    expect(chargePoint.registrationStatus).toBe('Accepted');
  });

  it('runs a full session with a rising energy register consistent with power', async () => {
    chargePoint = aChargePoint(csms);
    await chargePoint.connect();
    chargePoint.plugIn(1, FLAT_AC_VEHICLE);
    await csms.waitForCall(
      'StatusNotification',
      (p) => p.connectorId === 1 && p.status === 'Preparing',
    );

    const result = await chargePoint.startTransaction(1, 'DEMO-ALICE-1');
    expect(result).toEqual({ started: true, transactionId: 1 });
    const authorize = await csms.waitForCall('Authorize');
    expect(authorize.params).toEqual({ idTag: 'DEMO-ALICE-1' });
    const start = await csms.waitForCall('StartTransaction');
    expect(start.params).toMatchObject({ connectorId: 1, idTag: 'DEMO-ALICE-1' });
    expect(csms.calls.indexOf(authorize)).toBeLessThan(csms.calls.indexOf(start));
    await csms.waitForCall(
      'StatusNotification',
      (p) => p.connectorId === 1 && p.status === 'Charging',
    );

    await waitUntil(() => csms.callsOf('MeterValues').length >= 4);
    const samples = csms
      .callsOf('MeterValues')
      .map((call) => (call.params.meterValue as MeterValue[])[0] as MeterValue);
    for (const call of csms.callsOf('MeterValues')) expect(call.params.transactionId).toBe(1);
    for (let i = 1; i < samples.length; i++) {
      const previous = samples[i - 1] as MeterValue;
      const current = samples[i] as MeterValue;
      const hours = (Date.parse(current.timestamp) - Date.parse(previous.timestamp)) / 3_600_000;
      const expectedWh = reading(previous, 'Power.Active.Import') * hours;
      const deltaWh =
        reading(current, 'Energy.Active.Import.Register') -
        reading(previous, 'Energy.Active.Import.Register');
      expect(deltaWh).toBeGreaterThan(0);
      expect(Math.abs(deltaWh - expectedWh)).toBeLessThanOrEqual(1.5);
      expect(reading(current, 'Power.Active.Import')).toBe(22_000);
    }
    const meterStart = start.params.meterStart as number;
    expect(reading(samples[0] as MeterValue, 'Energy.Active.Import.Register')).toBeGreaterThan(
      meterStart,
    );

    await chargePoint.stopTransaction(1, 'Local');
    const stop = await csms.waitForCall('StopTransaction');
    expect(stop.params).toMatchObject({ transactionId: 1, reason: 'Local', idTag: 'DEMO-ALICE-1' });
    const meterStop = stop.params.meterStop as number;
    expect(meterStop).toBeGreaterThanOrEqual(meterStart);
    const [finalSample] = stop.params.transactionData as MeterValue[];
    expect(finalSample?.sampledValue[0]).toMatchObject({
      measurand: 'Energy.Active.Import.Register',
      context: 'Transaction.End',
      value: String(meterStop),
    });
    await csms.waitForCall(
      'StatusNotification',
      (p) => p.connectorId === 1 && p.status === 'Finishing',
    );

    await chargePoint.unplug(1);
    const available = csms
      .callsOf('StatusNotification')
      .filter((call) => call.params.connectorId === 1 && call.params.status === 'Available');
    await waitUntil(() =>
      csms
        .callsOf('StatusNotification')
        .some(
          (call) =>
            call.params.connectorId === 1 &&
            call.params.status === 'Available' &&
            !available.includes(call),
        ),
    );
    expect(chargePoint.connector(1)).toMatchObject({ status: 'Available', meterWh: meterStop });
  });

  it('reports SoC on a DC connector and tapers power above 80 %', async () => {
    chargePoint = aChargePoint(csms);
    await chargePoint.connect();
    chargePoint.plugIn(2, { ...FLAT_AC_VEHICLE, socPercent: 90, maxDcPowerW: 150_000 });
    await chargePoint.startTransaction(2, 'DEMO-BOB-1');
    const call = await csms.waitForCall('MeterValues', (p) => p.connectorId === 2);
    const [sample] = call.params.meterValue as MeterValue[];
    expect(reading(sample as MeterValue, 'SoC')).toBeGreaterThanOrEqual(90);
    expect(reading(sample as MeterValue, 'Power.Active.Import')).toBeLessThan(75_000);
  });

  it('does not start a transaction for an idTag the CSMS rejects', async () => {
    await csms.close();
    csms = await startTestCsms({
      authorize: (idTag) => (idTag === 'BLOCKED' ? 'Blocked' : 'Accepted'),
    });
    chargePoint = aChargePoint(csms);
    await chargePoint.connect();

    expect(await chargePoint.startTransaction(1, 'BLOCKED')).toEqual({
      started: false,
      authorization: 'Blocked',
    });
    expect(csms.callsOf('StartTransaction')).toHaveLength(0);
    expect(chargePoint.connector(1)?.status).toBe('Available');
  });

  it('reconnects after the CSMS restarts and reports its connectors again', async () => {
    chargePoint = aChargePoint(csms, { reconnect: true });
    await chargePoint.connect();
    const { port } = csms;
    await csms.close();
    csms = await startTestCsms({ password: 'secret', port });

    const status = await csms.waitForCall('StatusNotification', (p) => p.connectorId === 2, 5_000);
    expect(status.identity).toBe('SIM-TEST-1');
    expect(csms.callsOf('BootNotification')).toHaveLength(0);
    expect(chargePoint.isConnected).toBe(true);
  });

  it('leaves no timers or sockets behind after close()', async () => {
    const before = countHandles();
    chargePoint = aChargePoint(csms);
    await chargePoint.connect();
    chargePoint.plugIn(1, FLAT_AC_VEHICLE);
    await chargePoint.startTransaction(1, 'DEMO-CARLA-1');
    await csms.waitForCall('MeterValues');

    await chargePoint.close();
    await new Promise((resolve) => setImmediate(resolve));
    const after = countHandles();
    expect(after.timers).toBeLessThanOrEqual(before.timers);
    expect(after.sockets).toBeLessThanOrEqual(before.sockets);
  });
});

function countHandles() {
  const resources = process.getActiveResourcesInfo();
  return {
    timers: resources.filter((name) => name === 'Timeout').length,
    sockets: resources.filter((name) => name === 'TCPSocketWrap').length,
  };
}

async function waitUntil(condition: () => boolean, timeoutMs = 3_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
