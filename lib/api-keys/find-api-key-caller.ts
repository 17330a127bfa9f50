import { and, eq, isNull, lt, or, sql } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { apiKeys, users } from '@/db/schema';
import { apiKeyPrefixOf, verifyApiKeySecret } from './api-key-secret';

/** last_used_at is written at most this often per key, not on every request. */
export const LAST_USED_RESOLUTION_MS = 60_000;

export type TApiKeyScope = (typeof apiKeys.$inferSelect)['scope'];

/**
 * The owner (with role) and scope behind a presented key, or null when the key is unknown,
 * revoked or expired. Revoked and expired keys are filtered in the `where`.
 */
export async function findApiKeyCaller(db: Executor, key: string, now: Date = new Date()) {
  const prefix = apiKeyPrefixOf(key);
  if (!prefix) return null;
  const candidates = await db
    .select({
      apiKeyId: apiKeys.id,
      hash: apiKeys.hash,
      scope: apiKeys.scope,
      lastUsedAt: apiKeys.lastUsedAt,
      user: { id: users.id, email: users.email, name: users.name, role: users.role },
    })
    .from(apiKeys)
    .innerJoin(users, eq(users.id, apiKeys.userId))
    .where(
      and(
        eq(apiKeys.prefix, prefix),
        isNull(apiKeys.revokedAt),
        or(isNull(apiKeys.expiresAt), sql`${apiKeys.expiresAt} > ${now.toISOString()}`),
      ),
    );
  const match = candidates.find((row) => verifyApiKeySecret(key, row.hash));
  if (!match) return null;
  await touchLastUsed(db, match.apiKeyId, match.lastUsedAt, now);
  return { apiKeyId: match.apiKeyId, scope: match.scope, user: match.user };
}

/** Skips the write while the stored time is fresh; the `where` keeps racing processes to one. */
async function touchLastUsed(db: Executor, id: string, lastUsedAt: Date | null, now: Date) {
  const staleBefore = new Date(now.getTime() - LAST_USED_RESOLUTION_MS);
  if (lastUsedAt && lastUsedAt > staleBefore) return;
  await db
    .update(apiKeys)
    .set({ lastUsedAt: now })
    .where(
      and(eq(apiKeys.id, id), or(isNull(apiKeys.lastUsedAt), lt(apiKeys.lastUsedAt, staleBefore))),
    );
}
