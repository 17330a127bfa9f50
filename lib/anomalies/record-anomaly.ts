import type { Executor } from '@/db/client';
import { anomalies } from '@/db/schema';

/**
 * What kind of data-quality problem a charger's message showed, with the title an operator
 * sees on the data-quality page (each row's `message` says what happened in that case).
 */
export const ANOMALY_KINDS = {
  unknown_transaction: 'Message for a transaction this system does not know',
  meter_stop_before_start: 'Meter reading at stop is below the reading at start',
  unreadable_sample: 'Meter sample that is not a number',
  future_timestamp: 'Charger clock ahead: timestamp in the future',
  stop_before_start: 'Transaction stopped before its start arrived',
  zombie_transaction: 'Transaction closed by the system: the charger went away mid-session',
  message_while_not_accepted: 'Transaction message from a charger not yet accepted',
} as const;

export type AnomalyKind = keyof typeof ANOMALY_KINDS;

export interface AnomalyInput {
  stationId: string;
  kind: AnomalyKind;
  message: string;
  details?: Record<string, unknown>;
}

/** Records anomalies without failing the charger's message: the charger still gets a normal answer. */
export async function recordAnomalies(db: Executor, inputs: AnomalyInput[]): Promise<void> {
  if (inputs.length === 0) return;
  await db.insert(anomalies).values(
    inputs.map((input) => ({
      stationId: input.stationId,
      kind: input.kind,
      message: input.message,
      details: input.details ?? null,
    })),
  );
}
