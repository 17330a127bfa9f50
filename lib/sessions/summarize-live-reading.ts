import type { NewMeterSample } from './flatten-meter-values';

/** What a charging session shows live: register reading, power and state of charge. */
export interface LiveReading {
  at: Date;
  meterWh: number | null;
  powerW: number | null;
  socPercent: number | null;
}

function latest(rows: NewMeterSample[], measurand: string): NewMeterSample | undefined {
  let found: NewMeterSample | undefined;
  for (const row of rows) {
    // Per-phase values are parts of the total, not the total: only whole readings count.
    if (row.measurand !== measurand || row.phase) continue;
    if (!found || row.sampledAt.getTime() >= found.sampledAt.getTime()) found = row;
  }
  return found;
}

function scaled(row: NewMeterSample | undefined, kiloUnit: string): number | null {
  if (!row) return null;
  return Math.round(row.unit === kiloUnit ? row.value * 1000 : row.value);
}

/** The newest reading of each kind among a session's samples, converted to Wh and W. */
export function summarizeLiveReading(rows: NewMeterSample[]): LiveReading | null {
  if (rows.length === 0) return null;
  const at = new Date(Math.max(...rows.map((row) => row.sampledAt.getTime())));
  const soc = latest(rows, 'SoC');
  return {
    at,
    meterWh: scaled(latest(rows, 'Energy.Active.Import.Register'), 'kWh'),
    powerW: scaled(latest(rows, 'Power.Active.Import'), 'kW'),
    socPercent: soc ? soc.value : null,
  };
}
