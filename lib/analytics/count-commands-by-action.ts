import { sql } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import type { TAnalyticsRange } from './analytics-range';
import { ACCEPTING_OCPP_STATUSES, REFUSING_OCPP_STATUSES } from './kpis';
import { at, siteFilter } from './session-energy-sql';

const list = (values: string[]) =>
  sql.join(
    values.map((v) => sql`${v}`),
    sql`, `,
  );

/**
 * Commands created in the range, by action: finished (no longer queued or sent), accepted (an
 * answer with an accepting status, or an answer without a status field such as
 * GetConfiguration's), refused, timed out, offline, CALLERROR.
 */
export async function countCommandsByAction(db: Executor, range: TAnalyticsRange) {
  const rows = await db.execute<{
    action: string;
    finished: number;
    accepted: number;
    refused: number;
    timeout: number;
    offline: number;
    failed: number;
  }>(sql`
    select c.action,
      count(*) filter (where c.state not in ('queued', 'sent'))::int as finished,
      count(*) filter (where c.state = 'answered'
        and (c.ocpp_status is null or c.ocpp_status in (${list(ACCEPTING_OCPP_STATUSES)})))::int as accepted,
      count(*) filter (where c.state = 'answered'
        and c.ocpp_status in (${list(REFUSING_OCPP_STATUSES)}))::int as refused,
      count(*) filter (where c.state = 'timeout')::int as timeout,
      count(*) filter (where c.state = 'offline')::int as offline,
      count(*) filter (where c.state = 'failed')::int as failed
    from commands c join stations st on st.id = c.station_id
    where c.created_at >= ${at(range.from)} and c.created_at < ${at(range.to)} ${siteFilter(range.siteId)}
    group by c.action order by c.action
  `);
  return [...rows];
}
