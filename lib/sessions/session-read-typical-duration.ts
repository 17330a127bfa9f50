import { and, gt, gte, inArray, isNotNull, sql } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { sessions } from '@/db/schema';

/** Fewer finished sessions than this say too little about how long a session takes. */
export const MIN_SESSIONS_FOR_TYPICAL = 3;
export const TYPICAL_WINDOW_DAYS = 30;
export const DEFAULT_TYPICAL_SECONDS = 45 * 60;

/** Shorter sessions are aborted plug-ins, not charging: they would drag the typical length down. */
export const MIN_TYPICAL_SESSION_SECONDS = 120;

/** The sessions that say how long charging takes: ended normally, in the window, not aborted. */
export function typicalSessionsWhere(since: Date) {
  return and(
    inArray(sessions.status, ['COMPLETED', 'STOPPED']),
    isNotNull(sessions.startedAt),
    gte(sessions.stoppedAt, since),
    gt(
      sessions.stoppedAt,
      sql`${sessions.startedAt} + ${MIN_TYPICAL_SESSION_SECONDS} * interval '1 second'`,
    ),
  );
}

/**
 * How long a session typically lasts: the mean start → stop of the sessions that ended normally
 * (COMPLETED/STOPPED, over 2 minutes) in the last 30 days at this station, else at all stations,
 * else 45 min.
 */
export async function getTypicalSessionSeconds(
  db: Executor,
  stationId: string,
  now: Date,
): Promise<number> {
  const since = new Date(now.getTime() - TYPICAL_WINDOW_DAYS * 86_400_000);
  const seconds = sql`extract(epoch from ${sessions.stoppedAt} - ${sessions.startedAt})`;
  const here = sql`${sessions.stationId} = ${stationId}`;
  const [row] = await db
    .select({
      hereCount: sql<number>`count(*) filter (where ${here})::int`,
      hereMean: sql<number | null>`(avg(${seconds}) filter (where ${here}))::float8`,
      allCount: sql<number>`count(*)::int`,
      allMean: sql<number | null>`avg(${seconds})::float8`,
    })
    .from(sessions)
    .where(typicalSessionsWhere(since));
  if (row && row.hereCount >= MIN_SESSIONS_FOR_TYPICAL && row.hereMean !== null) {
    return row.hereMean;
  }
  if (row && row.allCount >= MIN_SESSIONS_FOR_TYPICAL && row.allMean !== null) return row.allMean;
  return DEFAULT_TYPICAL_SECONDS;
}
