import { describe, expect, it } from 'vitest';
import type { TSessionMeterValue } from '@/lib/sessions/session-read-records';
import { energySeries, powerSeries } from './meter-series';

const at = (minute: number) => new Date(Date.UTC(2025, 0, 1, 10, minute)).toISOString();

function sample(
  overrides: Partial<TSessionMeterValue> & { sampledAt: string },
): TSessionMeterValue {
  return {
    measurand: 'Energy.Active.Import.Register',
    phase: null,
    unit: 'Wh',
    value: 0,
    ...overrides,
  };
}

describe('powerSeries', () => {
  it('uses reported power, summing phases and converting W to kW', () => {
    const series = powerSeries([
      sample({ sampledAt: at(0), measurand: 'Power.Active.Import', unit: 'W', value: 11_000 }),
      sample({
        sampledAt: at(1),
        measurand: 'Power.Active.Import',
        phase: 'L1',
        unit: 'W',
        value: 3_000,
      }),
      sample({
        sampledAt: at(1),
        measurand: 'Power.Active.Import',
        phase: 'L2',
        unit: 'W',
        value: 3_000,
      }),
      sample({
        sampledAt: at(1),
        measurand: 'Power.Active.Import',
        phase: 'L3',
        unit: 'kW',
        value: 3,
      }),
    ]);
    expect(series).toEqual([
      { x: Date.parse(at(0)), y: 11 },
      { x: Date.parse(at(1)), y: 9 },
    ]);
  });

  it('derives power from the energy register when the charger reports none', () => {
    const series = powerSeries([
      sample({ sampledAt: at(0), value: 10_000 }),
      sample({ sampledAt: at(6), value: 11_100 }),
      sample({ sampledAt: at(12), unit: 'kWh', value: 11.1 }),
    ]);
    expect(series.map((p) => Number(p.y.toFixed(3)))).toEqual([11, 0]);
  });
});

describe('energySeries', () => {
  it('counts kWh from the first register reading', () => {
    const series = energySeries([
      sample({ sampledAt: at(0), value: 10_000 }),
      sample({ sampledAt: at(5), value: 12_500 }),
      sample({ sampledAt: at(5), measurand: 'SoC', unit: 'Percent', value: 40 }),
    ]);
    expect(series.map((p) => p.y)).toEqual([0, 2.5]);
  });
});
