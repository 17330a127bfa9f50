import { and, asc, eq, gt, ilike, or } from 'drizzle-orm';
import { z } from 'zod';
import type { Executor } from '@/db/client';
import { sites } from '@/db/schema';
import { encodeCursor } from '@/lib/api/cursor';
import type { TPage } from '@/lib/api/pagination';
import { containsPattern } from '@/db/contains-pattern';
import { siteWithStationCount, toSite, type TSite } from './site-view';

/** Keyset position in the name-ordered list (id breaks ties between equal names). */
export const ZSiteCursor = z.object({ name: z.string(), id: z.uuid() });
export type TSiteCursor = z.infer<typeof ZSiteCursor>;

/** Sites in name order, optionally narrowed to those whose name, city or address match `q`. */
export async function listSites(
  db: Executor,
  options: { q?: string; cursor?: TSiteCursor; limit: number },
): Promise<TPage<TSite>> {
  const { q, cursor, limit } = options;
  const pattern = q ? containsPattern(q) : undefined;
  const rows = await db
    .select(siteWithStationCount)
    .from(sites)
    .where(
      and(
        pattern
          ? or(
              ilike(sites.name, pattern),
              ilike(sites.city, pattern),
              ilike(sites.address, pattern),
            )
          : undefined,
        cursor
          ? or(
              gt(sites.name, cursor.name),
              and(eq(sites.name, cursor.name), gt(sites.id, cursor.id)),
            )
          : undefined,
      ),
    )
    .orderBy(asc(sites.name), asc(sites.id))
    .limit(limit + 1);
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    items: page.map(toSite),
    nextCursor:
      rows.length > limit && last ? encodeCursor({ name: last.site.name, id: last.site.id }) : null,
  };
}
