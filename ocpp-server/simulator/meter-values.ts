import type { SimulatedConnector } from './connector';
import type { MeterValue, ReadingContext, SampledValue, SimulatedMeasurand } from './ocpp-types';

export const SUPPORTED_MEASURANDS: readonly SimulatedMeasurand[] = [
  'Energy.Active.Import.Register',
  'Power.Active.Import',
  'Current.Import',
  'SoC',
];

const AC_PHASE_VOLTAGE = 230;

/** Parses a MeterValuesSampledData-style list; undefined when it names something unsupported. */
export function parseMeasurands(csv: string): SimulatedMeasurand[] | undefined {
  const names = csv
    .split(',')
    .map((name) => name.trim())
    .filter((name) => name.length > 0);
  const supported = names.filter((name): name is SimulatedMeasurand =>
    (SUPPORTED_MEASURANDS as readonly string[]).includes(name),
  );
  return supported.length === names.length ? supported : undefined;
}

/** One meter reading of a connector, with the measurands asked for that it can provide. */
export function sampleConnector(
  connector: SimulatedConnector,
  measurands: readonly SimulatedMeasurand[],
  context: ReadingContext,
  timestamp: number,
): MeterValue {
  const sampledValue = measurands
    .map((measurand) => sampleOne(connector, measurand, context))
    .filter((sample): sample is SampledValue => sample !== undefined);
  return { timestamp: new Date(timestamp).toISOString(), sampledValue };
}

function sampleOne(
  connector: SimulatedConnector,
  measurand: SimulatedMeasurand,
  context: ReadingContext,
): SampledValue | undefined {
  switch (measurand) {
    case 'Energy.Active.Import.Register':
      return {
        value: String(connector.meterWh),
        context,
        measurand,
        location: 'Outlet',
        unit: 'Wh',
      };
    case 'Power.Active.Import':
      return { value: String(connector.powerW), context, measurand, location: 'Outlet', unit: 'W' };
    case 'Current.Import':
      return {
        value: currentAmps(connector).toFixed(1),
        context,
        measurand,
        location: 'Outlet',
        unit: 'A',
      };
    case 'SoC': {
      const vehicle = connector.vehicle;
      if (!vehicle?.spec.reportsSoc || connector.current !== 'DC') return undefined;
      const value = String(Math.floor(vehicle.socPercent));
      return { value, context, measurand, location: 'EV', unit: 'Percent' };
    }
  }
}

function currentAmps(connector: SimulatedConnector): number {
  if (connector.current === 'AC') {
    const phases = connector.maxPowerW > 7_400 ? 3 : 1;
    return connector.powerW / (AC_PHASE_VOLTAGE * phases);
  }
  // A typical 400 V pack rises in voltage as it fills.
  const packVoltage = 360 + (connector.vehicle?.socPercent ?? 50) * 0.6;
  return connector.powerW / packVoltage;
}
