import { sql } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import type { TAnalyticsRange } from './analytics-range';
import { fillDays } from './kpis';
import { at, CHARGED_STATUSES, SESSION_ENERGY_WH, siteFilter } from './session-energy-sql';

/**
 * Energy of the sessions that started in the range, per UTC day of their start (every day of the
 * range, zeros included) and per site (stations without a site grouped as null).
 */
export async function sumEnergy(db: Executor, range: TAnalyticsRange) {
  const base = sql`
    from sessions s join stations st on st.id = s.station_id left join sites si on si.id = st.site_id
    where s.status in ${CHARGED_STATUSES}
      and s.started_at >= ${at(range.from)} and s.started_at < ${at(range.to)} ${siteFilter(range.siteId)}
  `;
  // One pass over the range's sessions for both groupings (GROUPING SETS), not two.
  const rows = await db.execute<{
    by_site: boolean;
    day: string | null;
    site_id: string | null;
    site_name: string | null;
    wh: number;
  }>(sql`
    select grouping(st.site_id) = 0 as by_site,
           to_char(s.started_at at time zone 'UTC', 'YYYY-MM-DD') as day,
           st.site_id, si.name as site_name, sum(${SESSION_ENERGY_WH})::float8 as wh
    ${base}
    group by grouping sets (
      (to_char(s.started_at at time zone 'UTC', 'YYYY-MM-DD')),
      (st.site_id, si.name)
    )
    order by 5 desc
  `);
  const dayRows = [...rows].filter((r) => !r.by_site && r.day !== null);
  const siteRows = [...rows].filter((r) => r.by_site);
  return {
    perDay: fillDays(
      range.from,
      range.to,
      dayRows.map((r) => ({ day: r.day ?? '', energyWh: Number(r.wh) })),
    ),
    perSite: siteRows.map((r) => ({
      siteId: r.site_id,
      siteName: r.site_name,
      energyWh: Number(r.wh),
    })),
  };
}
