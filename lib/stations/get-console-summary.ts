import { count, eq, inArray, sql } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { connectors, sessions, stations } from '@/db/schema';
import { IN_PROGRESS_SESSION_STATUSES } from '@/lib/sessions/get-session-energy-wh';

export interface TConsoleSummary {
  stations: { online: number; offline: number };
  /** Connector counts by status; connectors of an offline station count as "Offline". */
  connectors: Record<string, number>;
  sessionsInProgress: number;
}

/** The numbers at the top of the operator console. */
export async function getConsoleSummary(db: Executor): Promise<TConsoleSummary> {
  const effectiveStatus = sql<string>`case when ${stations.connectionState} = 'online' then ${connectors.status}::text else 'Offline' end`;
  const [stationRows, connectorRows, [sessionRow]] = await Promise.all([
    db
      .select({ state: stations.connectionState, n: count() })
      .from(stations)
      .groupBy(stations.connectionState),
    db
      .select({ status: effectiveStatus, n: count() })
      .from(connectors)
      .innerJoin(stations, eq(stations.id, connectors.stationId))
      .groupBy(effectiveStatus),
    db
      .select({ n: count() })
      .from(sessions)
      .where(inArray(sessions.status, [...IN_PROGRESS_SESSION_STATUSES])),
  ]);
  const byState = Object.fromEntries(stationRows.map((r) => [r.state, r.n]));
  return {
    stations: { online: byState.online ?? 0, offline: byState.offline ?? 0 },
    connectors: Object.fromEntries(connectorRows.map((r) => [r.status, r.n])),
    sessionsInProgress: sessionRow?.n ?? 0,
  };
}
