import { sql } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import type { NewMeterSample } from './flatten-meter-values';

/**
 * One statement whose text never changes, with the whole batch as a single JSON parameter:
 * PostgreSQL plans it once per connection and the server builds no per-row SQL. A multi-row
 * VALUES insert through the query builder was the ocpp-server's main CPU cost at a few
 * thousand MeterValues/s (bench/, BENCHMARKS.md), and each batch size was a new statement
 * for PostgreSQL to parse and plan. A sample already stored (a replayed message) hits
 * meter_values_sample_uq and is skipped, so replays change nothing.
 */
export async function insertMeterSamples(db: Executor, rows: NewMeterSample[]): Promise<void> {
  if (rows.length === 0) return;
  const batch = rows.map((row) => ({
    station_id: row.stationId,
    connector_id: row.connectorId,
    session_id: row.sessionId ?? null,
    transaction_id: row.transactionId ?? null,
    sampled_at: row.sampledAt.toISOString(),
    measurand: row.measurand,
    phase: row.phase ?? null,
    unit: row.unit ?? null,
    context: row.context ?? null,
    location: row.location ?? null,
    value: row.value,
  }));
  await db.execute(sql`
    insert into meter_values (station_id, connector_id, session_id, transaction_id, sampled_at,
      measurand, phase, unit, context, location, value)
    select station_id, connector_id, session_id, transaction_id, sampled_at, measurand, phase,
      unit, context, location, value
    from json_to_recordset(${JSON.stringify(batch)}::json) as t(station_id uuid,
      connector_id integer, session_id uuid, transaction_id integer, sampled_at timestamptz,
      measurand text, phase text, unit text, context text, location text,
      value double precision)
    on conflict do nothing`);
}
