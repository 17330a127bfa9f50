import { sql } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import type { TAnalyticsRange } from './analytics-range';
import { utilisationShare } from './kpis';
import { at, CHARGED_STATUSES, siteFilter } from './session-energy-sql';

/** Sessions longer than this are not looked for before the range (keeps the scan bounded). */
const MAX_SESSION = '7 days';

/**
 * Per connector of the range's stations (decommissioned ones left out): the time sessions
 * occupied it, [startedAt, stoppedAt ?? now] clipped to the range, as a share of the range.
 */
export async function getConnectorUtilisation(db: Executor, range: TAnalyticsRange, now: Date) {
  const rows = await db.execute<{
    station_id: string;
    station_name: string;
    connector_id: number;
    occupied_s: number;
  }>(sql`
    with occupied as (
      select s.station_id, s.connector_id,
        sum(greatest(0, extract(epoch from
          least(coalesce(s.stopped_at, ${at(now)}), ${at(range.to)})
          - greatest(s.started_at, ${at(range.from)}))))::float8 as occupied_s
      from sessions s
      where s.status in ${CHARGED_STATUSES}
        and s.started_at < ${at(range.to)}
        and s.started_at >= ${at(range.from)} - interval '${sql.raw(MAX_SESSION)}'
        and coalesce(s.stopped_at, ${at(now)}) > ${at(range.from)}
      group by 1, 2
    )
    select st.id as station_id, st.name as station_name, c.connector_id,
           coalesce(o.occupied_s, 0)::float8 as occupied_s
    from connectors c join stations st on st.id = c.station_id
    left join occupied o on o.station_id = c.station_id and o.connector_id = c.connector_id
    where st.decommissioned_at is null ${siteFilter(range.siteId)}
    order by occupied_s desc, st.name, c.connector_id
  `);
  const rangeMs = range.to.getTime() - range.from.getTime();
  return [...rows].map((r) => ({
    stationId: r.station_id,
    stationName: r.station_name,
    connectorId: r.connector_id,
    occupiedS: Math.round(Number(r.occupied_s)),
    share: utilisationShare(Number(r.occupied_s) * 1000, rangeMs) ?? 0,
  }));
}
