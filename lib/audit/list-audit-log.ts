import { and, desc, eq, lt } from 'drizzle-orm';
import { z } from 'zod';
import type { Executor } from '@/db/client';
import { auditLog, users } from '@/db/schema';
import { encodeCursor } from '@/lib/api/cursor';
import type { TPage } from '@/lib/api/pagination';

/** Keyset position: ids are a sequence, so newest first is id descending. */
export const ZAuditCursor = z.object({ id: z.number().int().positive() });
export type TAuditCursor = z.infer<typeof ZAuditCursor>;

/** An entry with the actor's email (null once the account is deleted, or for the system). */
export type TAuditListItem = typeof auditLog.$inferSelect & { actorEmail: string | null };

/**
 * Who did what, newest first, optionally one action and/or one actor. Ordered by the primary
 * key (inserts are in time order), so a page is an index scan however long the log grows.
 */
export async function listAuditLog(
  db: Executor,
  options: { cursor?: TAuditCursor; limit?: number; action?: string; actorId?: string } = {},
): Promise<TPage<TAuditListItem>> {
  const { cursor, limit = 50, action, actorId } = options;
  const rows = await db
    .select({ entry: auditLog, actorEmail: users.email })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorId))
    .where(
      and(
        action ? eq(auditLog.action, action) : undefined,
        actorId ? eq(auditLog.actorId, actorId) : undefined,
        cursor ? lt(auditLog.id, cursor.id) : undefined,
      ),
    )
    .orderBy(desc(auditLog.id))
    .limit(limit + 1);
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    items: page.map(({ entry, actorEmail }) => ({ ...entry, actorEmail })),
    nextCursor: rows.length > limit && last ? encodeCursor({ id: last.entry.id }) : null,
  };
}
