import { and, desc, or, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { alerts, favorites, sessions, stations } from '@/db/schema';
import { OPEN_SESSION_STATUSES } from '@/lib/sessions/session-states';
import { toAlert, type TAlert } from './alert';
import { alertsInState, isGlobalAlert } from './alert-conditions';

function uuidArray(ids: string[]): SQL {
  return sql`array[${sql.join(
    ids.map((id) => sql`${id}`),
    sql`, `,
  )}]::uuid[]`;
}

/** Targeted alerts that name one of these stations, or the site of one of them. */
function targetsStations(stationIds: SQL): SQL {
  return sql`(${alerts.stationIds} && ${stationIds} or ${alerts.siteIds} && array(
    select ${stations.siteId} from ${stations}
    where ${stations.id} = any(${stationIds}) and ${stations.siteId} is not null))`;
}

/** The stations a driver cares about without saying so: their favorites and open sessions. */
function stationsOfDriver(userId: string): SQL {
  return sql`array(
    select ${favorites.stationId} from ${favorites} where ${favorites.userId} = ${userId}
    union
    select ${sessions.stationId} from ${sessions}
    where ${sessions.userId} = ${userId}
      and ${sessions.status} in (${sql.join(
        OPEN_SESSION_STATUSES.map((s) => sql`${s}`),
        sql`, `,
      )}))`;
}

/**
 * The alerts in effect at `now` (default: now) for what the viewer looks at: global ones always;
 * targeted ones when a given site or station (or a given station's site) is among their targets,
 * and, with `userId`, when they target the sites or stations of the driver's favorites or open
 * sessions. Most severe first, then newest.
 */
export async function listAlertsInEffect(
  db: Executor,
  options: { siteIds?: string[]; stationIds?: string[]; userId?: string; now?: Date } = {},
): Promise<TAlert[]> {
  const now = options.now ?? new Date();
  const { siteIds = [], stationIds = [], userId } = options;
  const rows = await db
    .select()
    .from(alerts)
    .where(
      and(
        alertsInState('active', now),
        or(
          isGlobalAlert,
          siteIds.length > 0 ? sql`${alerts.siteIds} && ${uuidArray(siteIds)}` : undefined,
          stationIds.length > 0 ? targetsStations(uuidArray(stationIds)) : undefined,
          userId ? targetsStations(stationsOfDriver(userId)) : undefined,
        ),
      ),
    )
    .orderBy(desc(alerts.severity), desc(alerts.effectiveAt), desc(alerts.id));
  return rows.map(toAlert);
}
