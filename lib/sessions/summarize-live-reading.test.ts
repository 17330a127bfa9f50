import { describe, expect, it } from 'vitest';
import { flattenMeterValues } from './flatten-meter-values';
import { summarizeLiveReading } from './summarize-live-reading';

const target = {
  stationId: crypto.randomUUID(),
  connectorId: 1,
  sessionId: null,
  transactionId: 1,
};

describe('live reading from meter values', () => {
  it('converts kWh and kW, ignores per-phase parts, and takes the newest sample', () => {
    const { rows, unreadable } = flattenMeterValues(target, [
      {
        timestamp: '2025-01-01T10:00:00Z',
        sampledValue: [
          { value: '1.5', unit: 'kWh' },
          { value: '11', measurand: 'Power.Active.Import', unit: 'kW' },
        ],
      },
      {
        timestamp: '2025-01-01T10:01:00Z',
        sampledValue: [
          { value: '1750' },
          { value: '3600', measurand: 'Power.Active.Import', unit: 'W', phase: 'L1' },
          { value: '55.5', measurand: 'SoC', unit: 'Percent' },
          { value: 'n/a', measurand: 'Voltage' },
          { value: 'c2lnbmVk', format: 'SignedData' },
        ],
      },
    ]);
    expect(unreadable).toBe(1);
    expect(rows[0]).toMatchObject({
      measurand: 'Energy.Active.Import.Register',
      unit: 'kWh',
      value: 1.5,
    });
    expect(summarizeLiveReading(rows)).toEqual({
      at: new Date('2025-01-01T10:01:00Z'),
      meterWh: 1750,
      powerW: 11_000,
      socPercent: 55.5,
    });
  });

  it('has nothing to say without samples', () => {
    expect(summarizeLiveReading([])).toBeNull();
  });
});
