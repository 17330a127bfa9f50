import { SimulatedChargePoint } from '../charge-point';
import { createClock } from '../clock';
import type { SimulatorOptions } from '../options';
import type { TestCsms } from './test-csms';

/** A charger for tests: two AC connectors, fast clock, no reconnects, seeded. */
export function aChargePoint(
  csms: TestCsms,
  overrides: Partial<SimulatorOptions> = {},
): SimulatedChargePoint {
  return new SimulatedChargePoint({
    url: csms.url,
    identity: 'SIM-TEST-1',
    password: 'secret',
    connectors: [
      { connectorId: 1, type: 'Type2', maxPowerW: 22_000 },
      { connectorId: 2, type: 'CCS2', maxPowerW: 150_000 },
    ],
    clock: createClock({ speed: 60 }),
    meterIntervalMs: 6_000,
    plugInDelayMs: 600,
    resetDelayMs: 600,
    reconnect: false,
    seed: 42,
    ...overrides,
  });
}

export const FLAT_AC_VEHICLE = {
  batteryCapacityWh: 60_000,
  socPercent: 20,
  maxAcPowerW: 22_000,
  maxDcPowerW: 100_000,
  reportsSoc: true,
};
