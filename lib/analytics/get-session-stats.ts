import { sql } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import type { TAnalyticsRange } from './analytics-range';
import { at, CHARGED_STATUSES, SESSION_ENERGY_WH, siteFilter } from './session-energy-sql';

/**
 * Sums and counts for the session KPIs, over sessions that started charging in the range:
 * started, ended normally (COMPLETED or STOPPED), the duration and energy of the ended ones,
 * and the UnlockConnector commands sent in the range.
 */
export async function getSessionStats(db: Executor, range: TAnalyticsRange) {
  const [[sessionRow], [unlockRow]] = await Promise.all([
    db.execute<{ started: number; ended: number; duration_s: number; energy_wh: number }>(sql`
      select count(*)::int as started,
        count(*) filter (where s.status in ('COMPLETED', 'STOPPED'))::int as ended,
        coalesce(sum(extract(epoch from s.stopped_at - s.started_at))
          filter (where s.status in ('COMPLETED', 'STOPPED') and s.stopped_at is not null), 0)::float8 as duration_s,
        coalesce(sum(${SESSION_ENERGY_WH}) filter (where s.status in ('COMPLETED', 'STOPPED')), 0)::float8 as energy_wh
      from sessions s join stations st on st.id = s.station_id
      where s.status in ${CHARGED_STATUSES}
        and s.started_at >= ${at(range.from)} and s.started_at < ${at(range.to)} ${siteFilter(range.siteId)}
    `),
    db.execute<{ unlocks: number }>(sql`
      select count(*)::int as unlocks
      from commands c join stations st on st.id = c.station_id
      where c.action = 'UnlockConnector'
        and c.created_at >= ${at(range.from)} and c.created_at < ${at(range.to)} ${siteFilter(range.siteId)}
    `),
  ]);
  return {
    started: sessionRow?.started ?? 0,
    ended: sessionRow?.ended ?? 0,
    durationTotalS: Number(sessionRow?.duration_s ?? 0),
    energyTotalWh: Number(sessionRow?.energy_wh ?? 0),
    unlockRequests: unlockRow?.unlocks ?? 0,
  };
}
