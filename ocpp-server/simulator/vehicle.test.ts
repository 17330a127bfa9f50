import { describe, expect, it } from 'vitest';
import { SimulatedConnector } from './connector';
import { currentTypeOf, SimulatedVehicle, type VehicleSpec } from './vehicle';

const car: VehicleSpec = {
  batteryCapacityWh: 60_000,
  socPercent: 20,
  maxAcPowerW: 11_000,
  maxDcPowerW: 120_000,
  reportsSoc: true,
};

describe('SimulatedVehicle', () => {
  it('draws flat AC power at the lower of the car and connector limits', () => {
    const vehicle = new SimulatedVehicle(car);
    expect(vehicle.drawW('AC', 22_000)).toBe(11_000);
    expect(vehicle.drawW('AC', 7_400)).toBe(7_400);
  });

  it('holds DC peak power at low SoC and tapers steeply above 80 %', () => {
    const at = (socPercent: number) =>
      new SimulatedVehicle({ ...car, socPercent }).drawW('DC', 150_000);
    expect(at(30)).toBe(120_000);
    expect(at(85)).toBeLessThan(at(70));
    expect(at(95)).toBeLessThan(at(85) / 2);
    expect(at(100)).toBe(0);
  });

  it('tells AC from DC connectors', () => {
    expect(currentTypeOf('Type2')).toBe('AC');
    expect(currentTypeOf('CCS2')).toBe('DC');
    expect(currentTypeOf('CHAdeMO')).toBe('DC');
  });
});

describe('SimulatedConnector', () => {
  it('integrates energy as power × time and fills the battery', () => {
    const connector = new SimulatedConnector(
      { connectorId: 1, type: 'Type2', maxPowerW: 22_000 },
      1_000,
    );
    connector.vehicle = new SimulatedVehicle(car);
    connector.beginTransaction(
      { transactionId: 1, idTag: 'T', meterStart: 1_000, startedAt: 0 },
      0,
    );

    connector.advance(30 * 60_000);
    expect(connector.meterWh).toBe(1_000 + 5_500);
    expect(connector.vehicle.socPercent).toBeCloseTo(20 + (5_500 * 0.92 * 100) / 60_000, 5);

    connector.endTransaction(60 * 60_000);
    expect(connector.meterWh).toBe(1_000 + 11_000);
    expect(connector.powerW).toBe(0);
    connector.advance(120 * 60_000);
    expect(connector.meterWh).toBe(12_000);
  });
});
