import { desc } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { sessions } from '@/db/schema';
import { encodeCursor } from '@/lib/api/cursor';
import type { TPage } from '@/lib/api/pagination';
import type { TConsoleSessionCursor, TConsoleSessionFilters } from './console-session-filters';
import {
  consoleSessionWhere,
  selectConsoleSessionRows,
  toConsoleSessionItem,
  type TConsoleSessionItem,
} from './console-session-rows';
import { sessionStartTime } from './session-read-item';

export type TListConsoleSessionsOptions = TConsoleSessionFilters & {
  cursor?: TConsoleSessionCursor | undefined;
  limit?: number;
};

/**
 * Every session (operators see all), newest first by start (request time for never-started
 * ones), narrowed by the console's
 * filters; keyset-paginated so page 1,000 costs what page 1 does.
 */
export async function listConsoleSessions(
  db: Executor,
  options: TListConsoleSessionsOptions,
): Promise<TPage<TConsoleSessionItem>> {
  const limit = options.limit ?? 50;
  const rows = await selectConsoleSessionRows(db)
    .where(consoleSessionWhere(options, options.cursor))
    .orderBy(desc(sessionStartTime), desc(sessions.id))
    .limit(limit + 1);
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    items: page.map(toConsoleSessionItem),
    nextCursor: rows.length > limit && last ? encodeCursor({ at: last.at, id: last.id }) : null,
  };
}
