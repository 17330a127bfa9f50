import { sql } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import type { NewMeterSample } from './flatten-meter-values';
import { summarizeLiveReading } from './summarize-live-reading';

/**
 * One UPDATE for all sessions of a batch. Only CHARGING sessions move, and only forward in
 * event time, so a replayed or late MeterValues never rewinds the live reading or touches a
 * finished session. energy_wh follows the register: last reading minus meter start.
 * Returns the ids of the sessions that changed.
 */
export async function updateLiveReadings(
  db: Executor,
  entries: { sessionId: string; rows: NewMeterSample[] }[],
): Promise<Set<string>> {
  const readings = entries.flatMap(({ sessionId, rows }) => {
    const reading = summarizeLiveReading(rows);
    if (!reading) return [];
    return [
      {
        id: sessionId,
        meter_wh: reading.meterWh,
        power_w: reading.powerW,
        soc: reading.socPercent,
        at: reading.at.toISOString(),
      },
    ];
  });
  if (readings.length === 0) return new Set();
  // The batch as one JSON parameter: fixed statement text, no per-session SQL building.
  const rows = await db.execute<{ id: string }>(sql`
    update sessions s set
      last_meter_wh = coalesce(v.meter_wh, s.last_meter_wh),
      last_power_w = coalesce(v.power_w, s.last_power_w),
      soc_percent = coalesce(v.soc, s.soc_percent),
      last_meter_at = v.at,
      energy_wh = case
        when coalesce(v.meter_wh, s.last_meter_wh) is null or s.meter_start_wh is null then s.energy_wh
        else greatest(0, coalesce(v.meter_wh, s.last_meter_wh) - s.meter_start_wh)
      end,
      updated_at = now()
    from json_to_recordset(${JSON.stringify(readings)}::json)
      as v(id uuid, meter_wh bigint, power_w bigint, soc double precision, at timestamptz)
    where s.id = v.id
      and s.status = 'CHARGING'
      and (s.last_meter_at is null or s.last_meter_at < v.at)
    returning s.id`);
  return new Set(rows.map((row) => row.id));
}
