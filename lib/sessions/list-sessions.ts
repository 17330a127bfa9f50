import { and, desc, eq, gte, inArray, lte, sql } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { sessions, stations } from '@/db/schema';
import { encodeCursor } from '@/lib/api/cursor';
import type { TPage } from '@/lib/api/pagination';
import {
  selectSessionItems,
  sessionStartTime,
  toSessionListItem,
  type TSessionListItem,
} from './session-read-item';
import type { TListSessionsQuery, TSessionCursor } from './session-read-query';
import { sessionsVisibleTo, type TSessionViewer } from './session-scope';

const instant = (date: Date) => sql`${date.toISOString()}::timestamptz`;

export type TListSessionsOptions = Omit<TListSessionsQuery, 'cursor'> & {
  viewer: TSessionViewer;
  cursor?: TSessionCursor | undefined;
};

/**
 * The sessions a caller may see, newest start first (creation time for never-started ones),
 * narrowed by the filters. Running sessions carry no cost here: pricing each one live would be
 * a query per row; the detail prices it.
 */
export async function listSessions(
  db: Executor,
  options: TListSessionsOptions,
): Promise<TPage<TSessionListItem>> {
  const { cursor, limit } = options;
  const rows = await selectSessionItems(db)
    .where(
      and(
        sessionsVisibleTo(options.viewer),
        options.status ? inArray(sessions.status, options.status) : undefined,
        options.stationId ? eq(sessions.stationId, options.stationId) : undefined,
        options.siteId ? eq(stations.siteId, options.siteId) : undefined,
        options.userId ? eq(sessions.userId, options.userId) : undefined,
        options.vehicleId ? eq(sessions.vehicleId, options.vehicleId) : undefined,
        options.idTag ? eq(sessions.idTag, options.idTag) : undefined,
        options.from ? gte(sessionStartTime, instant(options.from)) : undefined,
        options.to ? lte(sessionStartTime, instant(options.to)) : undefined,
        cursor
          ? sql`(${sessionStartTime}, ${sessions.id}) < (${cursor.at}::timestamptz, ${cursor.id}::uuid)`
          : undefined,
      ),
    )
    .orderBy(desc(sessionStartTime), desc(sessions.id))
    .limit(limit + 1);
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    items: page.map(toSessionListItem),
    nextCursor:
      rows.length > limit && last ? encodeCursor({ at: last.at, id: last.session.id }) : null,
  };
}
