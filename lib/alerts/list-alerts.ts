import { and, desc, eq, lt, or, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Executor } from '@/db/client';
import { alerts } from '@/db/schema';
import { encodeCursor } from '@/lib/api/cursor';
import type { TPage } from '@/lib/api/pagination';
import { toOperatorAlert, type TAlertState, type TOperatorAlert } from './alert';
import { alertsInState } from './alert-conditions';

/** Keyset position, latest effective first; the time is PostgreSQL's text (microseconds). */
export const ZAlertCursor = z.object({ at: z.string().min(1), id: z.uuid() });
export type TAlertCursor = z.infer<typeof ZAlertCursor>;

/** Operators' list of alerts in a state (or all), latest effective first, cursor-paginated. */
export async function listAlerts(
  db: Executor,
  options: { state: TAlertState | 'all'; cursor?: TAlertCursor; limit: number; now?: Date },
): Promise<TPage<TOperatorAlert>> {
  const { cursor, limit, state } = options;
  const now = options.now ?? new Date();
  const at = sql<string>`${alerts.effectiveAt}::text`;
  const rows = await db
    .select({ alert: alerts, at })
    .from(alerts)
    .where(
      and(
        state === 'all' ? undefined : alertsInState(state, now),
        cursor
          ? or(
              lt(alerts.effectiveAt, sql`${cursor.at}::timestamptz`),
              and(eq(alerts.effectiveAt, sql`${cursor.at}::timestamptz`), lt(alerts.id, cursor.id)),
            )
          : undefined,
      ),
    )
    .orderBy(desc(alerts.effectiveAt), desc(alerts.id))
    .limit(limit + 1);
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    items: page.map(({ alert }) => toOperatorAlert(alert, now)),
    nextCursor:
      rows.length > limit && last ? encodeCursor({ at: last.at, id: last.alert.id }) : null,
  };
}
