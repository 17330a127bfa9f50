import type { Executor } from '@/db/client';
import { meterValues } from '@/db/schema';
import type { NewMeterSample } from './flatten-meter-values';

// Keeps one statement well under PostgreSQL's 65,535 bind parameters.
const ROWS_PER_STATEMENT = 2000;

/**
 * Multi-row insert. A sample already stored (a replayed message) hits the
 * meter_values_sample_uq constraint and is skipped, so replays change nothing.
 */
export async function insertMeterSamples(db: Executor, rows: NewMeterSample[]): Promise<void> {
  for (let start = 0; start < rows.length; start += ROWS_PER_STATEMENT) {
    await db
      .insert(meterValues)
      .values(rows.slice(start, start + ROWS_PER_STATEMENT))
      .onConflictDoNothing();
  }
}
