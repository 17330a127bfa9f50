import type { meterValues } from '@/db/schema';

export type NewMeterSample = typeof meterValues.$inferInsert;

/** OCPP 1.6 MeterValue, as both MeterValues and StopTransaction.transactionData carry it. */
export interface MeterValueInput {
  timestamp: string;
  sampledValue: {
    value: string;
    measurand?: string;
    phase?: string;
    unit?: string;
    context?: string;
    location?: string;
    format?: string;
  }[];
}

export interface SampleTarget {
  stationId: string;
  connectorId: number;
  sessionId: string | null;
  transactionId: number | null;
}

/**
 * One row per sampled value, with the OCPP defaults made explicit (measurand
 * Energy.Active.Import.Register, unit Wh) so readers never have to know them. Signed data is
 * not a number and is left to the message log; any other value that is not a number is
 * counted as unreadable.
 */
export function flattenMeterValues(
  target: SampleTarget,
  values: MeterValueInput[],
  receivedAt: Date = new Date(),
): { rows: NewMeterSample[]; unreadable: number } {
  const rows: NewMeterSample[] = [];
  let unreadable = 0;
  for (const meterValue of values) {
    const parsed = new Date(meterValue.timestamp);
    const sampledAt = Number.isNaN(parsed.getTime()) ? receivedAt : parsed;
    for (const sample of meterValue.sampledValue) {
      if (sample.format === 'SignedData') continue;
      const value = Number(sample.value);
      if (sample.value.trim() === '' || !Number.isFinite(value)) {
        unreadable += 1;
        continue;
      }
      const measurand = sample.measurand ?? 'Energy.Active.Import.Register';
      rows.push({
        ...target,
        sampledAt,
        measurand,
        phase: sample.phase ?? null,
        unit: sample.unit ?? (measurand.startsWith('Energy.') ? 'Wh' : null),
        context: sample.context ?? 'Sample.Periodic',
        location: sample.location ?? null,
        value,
      });
    }
  }
  return { rows, unreadable };
}
