import { eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Executor } from '@/db/client';
import { sites } from '@/db/schema';
import type { TSiteLoadHistory } from './load-management-schemas';
import { LOAD_MANAGEMENT_PROFILE_ID_BASE } from '@/lib/smart-charging/next-profile-id';

/**
 * The site's power minute by minute for the live chart, oldest first, ending with the current
 * minute. measuredW: per session charging in that minute, its latest Power.Active.Import sample
 * (the simulator and most AC chargers report it, without phases) taken up to the minute's end and
 * at most two minutes old, summed. grantedW: the load-management TxProfiles the chargers had
 * accepted and that were in force then (charging_profiles keeps their history), summed.
 * Null for an unknown site.
 */
export async function getSiteLoadHistory(
  db: Executor,
  input: { siteId: string; minutes: number },
): Promise<TSiteLoadHistory | null> {
  if (!z.uuid().safeParse(input.siteId).success) return null;
  const [site] = await db
    .select({ gridLimitW: sites.gridLimitW })
    .from(sites)
    .where(eq(sites.id, input.siteId));
  if (!site) return null;
  const minutes = Math.max(1, Math.min(24 * 60, Math.floor(input.minutes)));
  const rows = await db.execute<{ at: Date | string; measured_w: number; granted_w: number }>(sql`
    with minutes as (
      select generate_series(
        date_trunc('minute', now()) - (${minutes}::int - 1) * interval '1 minute',
        date_trunc('minute', now()),
        interval '1 minute'
      ) as at
    ),
    site_sessions as (
      select s.id, s.station_id, s.transaction_id, s.started_at, s.stopped_at
      from sessions s join stations st on st.id = s.station_id
      where st.site_id = ${input.siteId}
        and s.started_at is not null
        and s.started_at < now()
        and (s.stopped_at is null or s.stopped_at > now() - ${minutes}::int * interval '1 minute')
    ),
    active as (
      select m.at, ss.*
      from minutes m join site_sessions ss
        on ss.started_at < m.at + interval '1 minute'
       and (ss.stopped_at is null or ss.stopped_at > m.at)
    )
    select m.at,
      coalesce((
        select sum(p.w) from active a cross join lateral (
          select case when mv.unit = 'kW' then mv.value * 1000 else mv.value end as w
          from meter_values mv
          where mv.session_id = a.id and mv.measurand = 'Power.Active.Import' and mv.phase is null
            and mv.sampled_at < a.at + interval '1 minute'
            and mv.sampled_at >= a.at - interval '2 minutes'
          order by mv.sampled_at desc limit 1
        ) p where a.at = m.at
      ), 0)::float8 as measured_w,
      coalesce((
        select sum((cp.profile -> 'chargingSchedule' -> 'chargingSchedulePeriod' -> 0 ->> 'limit')::float8)
        from active a join charging_profiles cp
          on cp.station_id = a.station_id
         and cp.purpose = 'TxProfile'
         and cp.charging_profile_id >= ${LOAD_MANAGEMENT_PROFILE_ID_BASE}
         and cp.profile ->> 'transactionId' = a.transaction_id::text
         and cp.set_at < m.at + interval '1 minute'
         and (cp.cleared_at is null or cp.cleared_at >= m.at + interval '1 minute')
        where a.at = m.at
      ), 0)::float8 as granted_w
    from minutes m
    order by m.at`);
  return {
    limitW: site.gridLimitW,
    points: [...rows].map((row) => ({
      at: new Date(row.at).toISOString(),
      measuredW: Math.round(Number(row.measured_w)),
      grantedW: Math.round(Number(row.granted_w)),
    })),
  };
}
