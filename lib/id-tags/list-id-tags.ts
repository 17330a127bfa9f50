import { and, asc, eq, gt, ilike, or } from 'drizzle-orm';
import { z } from 'zod';
import type { Executor } from '@/db/client';
import { idTags } from '@/db/schema';
import { encodeCursor } from '@/lib/api/cursor';
import type { TPage } from '@/lib/api/pagination';
import { containsPattern } from '@/db/contains-pattern';
import type { TRole } from '@/lib/auth/roles';
import type { TListIdTagsQuery } from './id-tag-requests';
import { idTagsVisibleTo } from './id-tag-scope';
import { toIdTag, type TIdTag } from './id-tag-view';

/** Keyset position in token order (tokens are unique). */
export const ZIdTagCursor = z.object({ idTag: z.string() });
export type TIdTagCursor = z.infer<typeof ZIdTagCursor>;

/** The id tags a viewer may see (a driver: their own), in token order, with optional filters. */
export async function listIdTags(
  db: Executor,
  options: Omit<TListIdTagsQuery, 'cursor'> & {
    viewer: { id: string; role: TRole };
    cursor?: TIdTagCursor;
  },
): Promise<TPage<TIdTag>> {
  const { userId, status, q, cursor, limit } = options;
  const pattern = q ? containsPattern(q) : undefined;
  const rows = await db
    .select()
    .from(idTags)
    .where(
      and(
        idTagsVisibleTo(options.viewer),
        userId ? eq(idTags.userId, userId) : undefined,
        status ? eq(idTags.status, status) : undefined,
        pattern ? or(ilike(idTags.idTag, pattern), ilike(idTags.label, pattern)) : undefined,
        cursor ? gt(idTags.idTag, cursor.idTag) : undefined,
      ),
    )
    .orderBy(asc(idTags.idTag))
    .limit(limit + 1);
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    items: page.map(toIdTag),
    nextCursor: rows.length > limit && last ? encodeCursor({ idTag: last.idTag }) : null,
  };
}
