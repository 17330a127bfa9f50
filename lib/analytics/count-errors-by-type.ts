import { sql } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import type { TAnalyticsRange } from './analytics-range';
import { at, siteFilter } from './session-energy-sql';

/**
 * Charger-reported errors (StatusNotification frames received in the range whose errorCode is
 * not NoError, by code) and anomalies recorded in the range, by kind. Command failures come
 * from countCommandsByAction.
 */
export async function countErrorsByType(db: Executor, range: TAnalyticsRange) {
  const [chargerRows, anomalyRows] = await Promise.all([
    db.execute<{ code: string; n: number }>(sql`
      select m.payload->>'errorCode' as code, count(*)::int as n
      from ocpp_messages m join stations st on st.id = m.station_id
      where m.action = 'StatusNotification' and m.direction = 'in' and m.message_type = 2
        and m.created_at >= ${at(range.from)} and m.created_at < ${at(range.to)}
        and coalesce(m.payload->>'errorCode', 'NoError') <> 'NoError' ${siteFilter(range.siteId)}
      group by 1 order by 2 desc, 1
    `),
    db.execute<{ kind: string; n: number }>(sql`
      select a.kind, count(*)::int as n
      from anomalies a left join stations st on st.id = a.station_id
      where a.created_at >= ${at(range.from)} and a.created_at < ${at(range.to)}
        ${range.siteId ? sql`and st.site_id = ${range.siteId}` : sql``}
      group by 1 order by 2 desc, 1
    `),
  ]);
  return {
    chargerErrors: [...chargerRows].map((r) => ({ code: r.code, count: r.n })),
    anomalies: [...anomalyRows].map((r) => ({ kind: r.kind, count: r.n })),
  };
}
