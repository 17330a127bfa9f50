import { afterEach, beforeEach } from 'vitest';
import type { SimulatedChargePoint } from '../charge-point';
import type { MeterValue } from '../ocpp-types';
import type { SimulatorOptions } from '../options';
import { aChargePoint, FLAT_AC_VEHICLE } from './a-charge-point';
import { startTestCsms, type RecordedCall, type TestCsms, type TestCsmsOptions } from './test-csms';

export const TEST_ID = 'SIM-TEST-1';

/**
 * A fresh test CSMS per test and at most one charger on it, closed afterwards. `connected()`
 * resolves once the charger has booted and reported its connectors.
 */
export function useSimulator(csmsOptions: TestCsmsOptions = {}) {
  let csms: TestCsms | undefined;
  let chargePoint: SimulatedChargePoint | undefined;

  beforeEach(async () => {
    csms = await startTestCsms(csmsOptions);
  });
  afterEach(async () => {
    await chargePoint?.close();
    chargePoint = undefined;
    await csms?.close();
  });

  const theCsms = () => {
    if (!csms) throw new Error('no test CSMS running');
    return csms;
  };
  const theChargePoint = () => {
    if (!chargePoint) throw new Error('no charger connected');
    return chargePoint;
  };

  return {
    get csms() {
      return theCsms();
    },
    get chargePoint() {
      return theChargePoint();
    },
    async connected(overrides: Partial<SimulatorOptions> = {}) {
      await chargePoint?.close();
      chargePoint = aChargePoint(theCsms(), overrides);
      await chargePoint.connect();
      await theCsms().waitForCall('StatusNotification', (p) => p.connectorId === 2);
      return chargePoint;
    },
    /** Plugs a flat 22 kW AC vehicle in and starts; resolves with the transactionId. */
    async charging(connectorId = 1, idTag = 'DEMO-ALICE-1') {
      theChargePoint().plugIn(connectorId, FLAT_AC_VEHICLE);
      const result = await theChargePoint().startTransaction(connectorId, idTag);
      if (!result.started) throw new Error(`session did not start: ${JSON.stringify(result)}`);
      return result.transactionId;
    },
    command(method: string, params: Record<string, unknown>, timeoutMs?: number) {
      return theCsms().command(TEST_ID, method, params, timeoutMs);
    },
  };
}

export const statusOf = (connectorId: number, status: string) => (p: Record<string, unknown>) =>
  p.connectorId === connectorId && p.status === status;

/** A measurand's value in one meter reading. */
export function reading(meterValue: MeterValue, measurand: string): number {
  const sample = meterValue.sampledValue.find((value) => value.measurand === measurand);
  if (!sample) throw new Error(`no ${measurand} in ${JSON.stringify(meterValue)}`);
  return Number(sample.value);
}

/** Waits for a StatusNotification (or `method`) matching, recorded after `marker`. */
export async function waitForCallAfter(
  csms: TestCsms,
  marker: RecordedCall,
  matches: (params: Record<string, unknown>) => boolean,
  method = 'StatusNotification',
): Promise<RecordedCall> {
  const isMatch = (call: RecordedCall) => call.method === method && matches(call.params);
  const later = () => csms.calls.slice(csms.calls.indexOf(marker) + 1).find(isMatch);
  await waitUntil(() => later() !== undefined);
  return later() as RecordedCall;
}

export async function waitUntil(condition: () => boolean, timeoutMs = 3_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** An ISO timestamp `ms` from now in the charger's simulated time (test clocks run 60×). */
export function inSimulated(chargePoint: SimulatedChargePoint, ms: number): string {
  return new Date(chargePoint.simulatedNow() + ms).toISOString();
}
