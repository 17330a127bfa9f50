import { and, asc, eq, gte, inArray, or, sql } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { auditLog, idTags } from '@/db/schema';
import type { TCommandRequest } from '@/lib/commands/command-requests';

export type TLocalListEntry = NonNullable<
  TCommandRequest<'SendLocalList'>['localAuthorizationList']
>[number];

type TTagRow = Pick<typeof idTags.$inferSelect, 'idTag' | 'status' | 'expiresAt' | 'parentIdTag'>;

/** A tag as the charger should treat it offline: past its expiry it is Expired, whatever its row says. */
export function toLocalListEntry(tag: TTagRow, now: Date): TLocalListEntry {
  const expired = tag.expiresAt !== null && tag.expiresAt <= now;
  return {
    idTag: tag.idTag,
    idTagInfo: {
      status: expired ? 'Expired' : tag.status,
      ...(tag.expiresAt ? { expiryDate: tag.expiresAt.toISOString() } : {}),
      ...(tag.parentIdTag ? { parentIdTag: tag.parentIdTag } : {}),
    },
  };
}

/**
 * The local authorization list: every tag (full), or only the tags issued or changed since
 * `since` (differential). id_tags has no updated_at, so "changed" means an audit_log entry
 * about the tag (the console's issue/block/unblock/expire actions write one) or its creation.
 */
export async function buildLocalList(
  db: Executor,
  options: { since?: Date | null; now?: Date } = {},
): Promise<TLocalListEntry[]> {
  const now = options.now ?? new Date();
  const since = options.since ?? null;
  const changed = since
    ? or(
        gte(idTags.createdAt, since),
        inArray(
          sql`${idTags.id}::text`,
          db
            .select({ id: auditLog.targetId })
            .from(auditLog)
            .where(and(eq(auditLog.targetType, 'id_tag'), gte(auditLog.createdAt, since))),
        ),
      )
    : undefined;
  const rows = await db
    .select({
      idTag: idTags.idTag,
      status: idTags.status,
      expiresAt: idTags.expiresAt,
      parentIdTag: idTags.parentIdTag,
    })
    .from(idTags)
    .where(changed)
    .orderBy(asc(idTags.idTag));
  return rows.map((row) => toLocalListEntry(row, now));
}
