import { and, asc, eq, gt, ilike, or } from 'drizzle-orm';
import { z } from 'zod';
import type { Executor } from '@/db/client';
import { users } from '@/db/schema';
import { containsPattern } from '@/db/contains-pattern';
import { encodeCursor } from '@/lib/api/cursor';
import type { TPage } from '@/lib/api/pagination';
import type { TRole } from '@/lib/auth/roles';

/** Keyset position in the email-ordered list (emails are unique, so no tie-breaker). */
export const ZUserCursor = z.object({ email: z.string() });
export type TUserCursor = z.infer<typeof ZUserCursor>;

/** What the console shows of an account: never the password hash. */
export const userListColumns = {
  id: users.id,
  email: users.email,
  name: users.name,
  role: users.role,
  createdAt: users.createdAt,
};
export type TUserListItem = Pick<
  typeof users.$inferSelect,
  'id' | 'email' | 'name' | 'role' | 'createdAt'
>;

/** Accounts in email order, optionally one role or matching `q` (email or name); keyset-paged. */
export async function listUsers(
  db: Executor,
  options: { q?: string; role?: TRole; cursor?: TUserCursor; limit?: number } = {},
): Promise<TPage<TUserListItem>> {
  const { q, role, cursor, limit = 50 } = options;
  const pattern = q ? containsPattern(q) : undefined;
  const rows = await db
    .select(userListColumns)
    .from(users)
    .where(
      and(
        role ? eq(users.role, role) : undefined,
        pattern ? or(ilike(users.email, pattern), ilike(users.name, pattern)) : undefined,
        cursor ? gt(users.email, cursor.email) : undefined,
      ),
    )
    .orderBy(asc(users.email))
    .limit(limit + 1);
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    items: page,
    nextCursor: rows.length > limit && last ? encodeCursor({ email: last.email }) : null,
  };
}
