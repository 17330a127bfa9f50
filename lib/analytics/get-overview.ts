import { sql } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { getNetworkPowerSeries } from './get-network-power-series';
import { startOfUtcDay, startOfUtcMonth } from './kpis';
import { listOverviewProblems } from './list-overview-problems';
import { at, CHARGED_STATUSES, SESSION_ENERGY_WH } from './session-energy-sql';

export type TOverview = Awaited<ReturnType<typeof getOverview>>;

/**
 * The operator's network at a glance. Days and months are UTC. Energy counts sessions by the
 * day they started (charging ones with their energy so far); revenue counts final costs by the
 * day the session was finalised, per currency. Decommissioned stations are left out.
 */
export async function getOverview(db: Executor, options: { now?: Date } = {}) {
  const now = options.now ?? new Date();
  const day = startOfUtcDay(now);
  const month = startOfUtcMonth(now);
  const [[stationRow], [liveRow], [energyRow], revenueRows, powerSeries, problems] =
    await Promise.all([
      db.execute<{ online: number; offline: number; faulted: number }>(sql`
        select count(*) filter (where st.connection_state = 'online')::int as online,
               count(*) filter (where st.connection_state = 'offline')::int as offline,
               count(*) filter (where st.status = 'Faulted' or exists (
                 select 1 from connectors c where c.station_id = st.id and c.status = 'Faulted'
               ))::int as faulted
        from stations st where st.decommissioned_at is null
      `),
      db.execute<{ sessions: number; power_w: number }>(sql`
        select count(*)::int as sessions, coalesce(sum(s.last_power_w), 0)::float8 as power_w
        from sessions s where s.status = 'CHARGING'
      `),
      db.execute<{ today_wh: number; month_wh: number }>(sql`
        select coalesce(sum(${SESSION_ENERGY_WH}) filter (where s.started_at >= ${at(day)}), 0)::float8 as today_wh,
               coalesce(sum(${SESSION_ENERGY_WH}), 0)::float8 as month_wh
        from sessions s
        where s.status in ${CHARGED_STATUSES} and s.started_at >= ${at(month)} and s.started_at <= ${at(now)}
      `),
      db.execute<{ currency: string; today_minor: number; month_minor: number }>(sql`
        select s.currency,
               coalesce(sum(s.cost_minor) filter (where s.stopped_at >= ${at(day)}), 0)::float8 as today_minor,
               sum(s.cost_minor)::float8 as month_minor
        from sessions s
        where s.status in ('COMPLETED', 'STOPPED') and s.cost_minor is not null
          and s.currency is not null and s.stopped_at >= ${at(month)} and s.stopped_at <= ${at(now)}
        group by s.currency order by s.currency
      `),
      getNetworkPowerSeries(db, now),
      listOverviewProblems(db, 10),
    ]);
  return {
    at: now.toISOString(),
    stations: {
      online: stationRow?.online ?? 0,
      offline: stationRow?.offline ?? 0,
      faulted: stationRow?.faulted ?? 0,
    },
    sessionsInProgress: liveRow?.sessions ?? 0,
    livePowerW: Number(liveRow?.power_w ?? 0),
    energyWh: { today: Number(energyRow?.today_wh ?? 0), month: Number(energyRow?.month_wh ?? 0) },
    revenue: [...revenueRows].map((r) => ({
      currency: r.currency,
      todayMinor: Number(r.today_minor),
      monthMinor: Number(r.month_minor),
    })),
    powerSeries,
    ...problems,
  };
}
