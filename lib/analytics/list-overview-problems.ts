import { sql } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { REFUSING_OCPP_STATUSES } from './kpis';

export interface TOverviewAnomaly {
  id: string;
  kind: string;
  message: string;
  createdAt: string;
  station: { id: string; name: string } | null;
}

export interface TOverviewFailedCommand {
  id: string;
  action: string;
  state: string;
  ocppStatus: string | null;
  error: string | null;
  createdAt: string;
  station: { id: string; name: string };
}

const ISO = `'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'`;

/** The latest anomalies and failed commands (timeout, offline, CALLERROR, or refused), newest first. */
export async function listOverviewProblems(db: Executor, limit = 10) {
  const [anomalyRows, commandRows] = await Promise.all([
    db.execute<{
      id: string;
      kind: string;
      message: string;
      created_at: string;
      station_id: string | null;
      station_name: string | null;
    }>(sql`
      select a.id, a.kind, a.message,
             to_char(a.created_at at time zone 'UTC', ${sql.raw(ISO)}) as created_at,
             st.id as station_id, st.name as station_name
      from anomalies a left join stations st on st.id = a.station_id
      order by a.created_at desc, a.id desc
      limit ${limit}
    `),
    db.execute<{
      id: string;
      action: string;
      state: string;
      ocpp_status: string | null;
      error: string | null;
      created_at: string;
      station_id: string;
      station_name: string;
    }>(sql`
      select c.id, c.action, c.state::text as state, c.ocpp_status, c.error,
             to_char(c.created_at at time zone 'UTC', ${sql.raw(ISO)}) as created_at,
             st.id as station_id, st.name as station_name
      from commands c join stations st on st.id = c.station_id
      where c.state in ('timeout', 'offline', 'failed')
         or c.ocpp_status in (${sql.join(
           REFUSING_OCPP_STATUSES.map((s) => sql`${s}`),
           sql`, `,
         )})
      order by c.created_at desc, c.id desc
      limit ${limit}
    `),
  ]);
  const anomalies: TOverviewAnomaly[] = [...anomalyRows].map((r) => ({
    id: r.id,
    kind: r.kind,
    message: r.message,
    createdAt: r.created_at,
    station: r.station_id ? { id: r.station_id, name: r.station_name ?? '' } : null,
  }));
  const failedCommands: TOverviewFailedCommand[] = [...commandRows].map((r) => ({
    id: r.id,
    action: r.action,
    state: r.state,
    ocppStatus: r.ocpp_status,
    error: r.error,
    createdAt: r.created_at,
    station: { id: r.station_id, name: r.station_name },
  }));
  return { anomalies, failedCommands };
}
