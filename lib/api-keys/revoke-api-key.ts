import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { apiKeys } from '@/db/schema';
import { hasRole } from '@/lib/auth/roles';
import type { TApiKeyViewer } from './list-api-keys';

/**
 * Revokes a key the viewer owns (admins: any key). Ownership is part of the `where`, so
 * someone else's key is simply not found. True when this call revoked it.
 */
export async function revokeApiKey(db: Executor, viewer: TApiKeyViewer, apiKeyId: string) {
  const owned = hasRole(viewer.role, 'admin') ? undefined : eq(apiKeys.userId, viewer.id);
  const revoked = await db
    .update(apiKeys)
    .set({ revokedAt: sql`now()` })
    .where(and(eq(apiKeys.id, apiKeyId), isNull(apiKeys.revokedAt), owned))
    .returning({ id: apiKeys.id });
  return revoked.length > 0;
}
