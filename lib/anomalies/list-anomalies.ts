import { and, desc, eq, lt, or, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Executor } from '@/db/client';
import { anomalies, stations } from '@/db/schema';
import { encodeCursor } from '@/lib/api/cursor';
import type { TPage } from '@/lib/api/pagination';

/**
 * Keyset position in the newest-first list. The time is PostgreSQL's own text (microseconds),
 * not a JS Date: milliseconds would skip or repeat rows written within the same millisecond.
 */
export const ZAnomalyCursor = z.object({ at: z.string().min(1), id: z.uuid() });
export type TAnomalyCursor = z.infer<typeof ZAnomalyCursor>;

export interface TAnomaly {
  id: string;
  kind: string;
  message: string;
  details: unknown;
  createdAt: string;
  station: { id: string; name: string; identity: string } | null;
}

export interface TListAnomaliesOptions {
  kind?: string;
  stationId?: string;
  cursor?: TAnomalyCursor;
  limit: number;
}

/** Data-quality problems found in chargers' messages, newest first, by kind and station. */
export async function listAnomalies(
  db: Executor,
  options: TListAnomaliesOptions,
): Promise<TPage<TAnomaly>> {
  const { cursor, limit } = options;
  const at = sql<string>`${anomalies.createdAt}::text`;
  const rows = await db
    .select({
      anomaly: anomalies,
      at,
      station: { id: stations.id, name: stations.name, identity: stations.identity },
    })
    .from(anomalies)
    .leftJoin(stations, eq(stations.id, anomalies.stationId))
    .where(
      and(
        options.kind ? eq(anomalies.kind, options.kind) : undefined,
        options.stationId ? eq(anomalies.stationId, options.stationId) : undefined,
        cursor
          ? or(
              lt(anomalies.createdAt, sql`${cursor.at}::timestamptz`),
              and(
                eq(anomalies.createdAt, sql`${cursor.at}::timestamptz`),
                lt(anomalies.id, cursor.id),
              ),
            )
          : undefined,
      ),
    )
    .orderBy(desc(anomalies.createdAt), desc(anomalies.id))
    .limit(limit + 1);
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    items: page.map(({ anomaly, station }) => ({
      id: anomaly.id,
      kind: anomaly.kind,
      message: anomaly.message,
      details: anomaly.details,
      createdAt: anomaly.createdAt.toISOString(),
      station,
    })),
    nextCursor:
      rows.length > limit && last ? encodeCursor({ at: last.at, id: last.anomaly.id }) : null,
  };
}
