import type { Executor } from '@/db/client';
import { anomalies } from '@/db/schema';

/** What kind of data-quality problem a charger's message showed; operators filter on it. */
export type AnomalyKind = 'unknown_transaction' | 'meter_stop_before_start' | 'unreadable_sample';

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
