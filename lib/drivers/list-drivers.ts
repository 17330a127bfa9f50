import { and, desc, eq, ilike, or, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Executor } from '@/db/client';
import { idTags, users, vehicles } from '@/db/schema';
import { decodeCursor, encodeCursor } from '@/lib/api/cursor';
import type { TPage } from '@/lib/api/pagination';

export const ZDriverCursor = z.object({ at: z.string().min(1), id: z.uuid() });

export interface TDriverListItem {
  id: string;
  name: string;
  email: string;
  createdAt: string;
  vehicles: { id: string; make: string; model: string }[];
  /** status reads Expired once expiresAt has passed, whatever the row says. */
  tags: { id: string; idTag: string; status: string; expiresAt: string | null }[];
}

// Correlated subqueries name the outer row as "users": drizzle renders a bare column inside sql``.

/** `%` and `_` typed in a search are literal characters, not wildcards. */
function containing(q: string): string {
  return `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * Drivers newest first with their vehicles and RFID tags, in one query (tags and vehicles are
 * aggregated per row in SQL), keyset-paginated. `q` matches name, email or a tag's token.
 */
export async function listDrivers(
  db: Executor,
  options: { q?: string | undefined; cursor?: string | null | undefined; limit?: number },
): Promise<TPage<TDriverListItem>> {
  const limit = options.limit ?? 50;
  const cursor = decodeCursor(ZDriverCursor, options.cursor ?? undefined);
  const q = options.q?.trim();
  const pattern = q ? containing(q) : null;
  const rows = await db
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      createdAt: users.createdAt,
      at: sql<string>`${users.createdAt}::text`,
      vehicles: sql<TDriverListItem['vehicles']>`coalesce((
        select json_agg(json_build_object('id', v.id, 'make', v.make, 'model', v.model) order by v.created_at)
        from ${vehicles} v where v.user_id = "users"."id"), '[]'::json)`,
      tags: sql<TDriverListItem['tags']>`coalesce((
        select json_agg(json_build_object('id', t.id, 'idTag', t.id_tag, 'status', case when t.expires_at <= now() then 'Expired' else t.status::text end,
          'expiresAt', to_char(t.expires_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')) order by t.created_at)
        from ${idTags} t where t.user_id = "users"."id"), '[]'::json)`,
    })
    .from(users)
    .where(
      and(
        eq(users.role, 'driver'),
        pattern
          ? or(
              ilike(users.name, pattern),
              ilike(users.email, pattern),
              sql`exists (select 1 from ${idTags} t where t.user_id = "users"."id" and t.id_tag ilike ${pattern})`,
            )
          : undefined,
        cursor
          ? sql`(${users.createdAt}, ${users.id}) < (${cursor.at}::timestamptz, ${cursor.id}::uuid)`
          : undefined,
      ),
    )
    .orderBy(desc(users.createdAt), desc(users.id))
    .limit(limit + 1);
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    items: page.map(({ at: _at, createdAt, ...row }) => ({
      ...row,
      createdAt: createdAt.toISOString(),
    })),
    nextCursor: rows.length > limit && last ? encodeCursor({ at: last.at, id: last.id }) : null,
  };
}
