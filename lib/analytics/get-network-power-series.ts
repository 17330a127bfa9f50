import { sql } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { fillQuarterHours } from './kpis';
import { at, CHARGED_STATUSES, SESSION_ENERGY_WH } from './session-energy-sql';

/**
 * Network energy per 15 minutes over the last 24 h, as average kW. Each session's energy is
 * spread evenly over its span (start → stop, or → its latest reading while charging) and split
 * across the quarter-hours it covers. Sessions that started more than a week before the window
 * are not looked for, which keeps the scan to recent starts. Read from sessions, not meter_values: at 1M sessions this
 * touches only the last days' sessions (a few thousand rows × 96 buckets), while meter_values
 * holds dozens of rows per session and has no index by time alone.
 */
export async function getNetworkPowerSeries(db: Executor, now: Date) {
  const rows = await db.execute<{ bucket: string; wh: number }>(sql`
    with spans as (
      select s.started_at as a,
             greatest(coalesce(s.stopped_at, s.last_meter_at, ${at(now)}), s.started_at) as b,
             ${SESSION_ENERGY_WH}::float8 as wh
      from sessions s
      where s.status in ${CHARGED_STATUSES}
        and s.started_at >= ${at(now)} - interval '8 days'
        and s.started_at < ${at(now)}
        and coalesce(s.stopped_at, ${at(now)}) > ${at(now)} - interval '1 day'
    ),
    buckets as (
      select g as q0, g + interval '15 minutes' as q1
      from generate_series(
        date_bin('15 minutes', ${at(now)}, timestamptz 'epoch') - interval '1425 minutes',
        date_bin('15 minutes', ${at(now)}, timestamptz 'epoch'),
        interval '15 minutes'
      ) g
    )
    select to_char(q0 at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') as bucket,
           sum(case when b > a
                 then wh * extract(epoch from least(b, q1) - greatest(a, q0)) / extract(epoch from b - a)
                 else wh end)::float8 as wh
    from buckets join spans on a < q1 and b >= q0
    group by q0
  `);
  return fillQuarterHours(
    now,
    [...rows].map((r) => ({ bucketStart: new Date(r.bucket), energyWh: Number(r.wh) })),
  );
}
