import { desc, eq } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { apiKeys, users } from '@/db/schema';
import { hasRole, type TRole } from '@/lib/auth/roles';

export interface TApiKeyViewer {
  id: string;
  role: TRole;
}

/** Admins see every key with its owner; everyone else only their own (scoped in the `where`). */
export async function listApiKeys(db: Executor, viewer: TApiKeyViewer) {
  const rows = db
    .select({
      id: apiKeys.id,
      name: apiKeys.name,
      prefix: apiKeys.prefix,
      scope: apiKeys.scope,
      createdAt: apiKeys.createdAt,
      lastUsedAt: apiKeys.lastUsedAt,
      revokedAt: apiKeys.revokedAt,
      expiresAt: apiKeys.expiresAt,
      owner: { id: users.id, name: users.name, email: users.email },
    })
    .from(apiKeys)
    .innerJoin(users, eq(users.id, apiKeys.userId))
    .orderBy(desc(apiKeys.createdAt))
    .$dynamic();
  return hasRole(viewer.role, 'admin') ? rows : rows.where(eq(apiKeys.userId, viewer.id));
}

export type TApiKeyListItem = Awaited<ReturnType<typeof listApiKeys>>[number];

export function apiKeyStatus(key: TApiKeyListItem, now: Date = new Date()) {
  if (key.revokedAt) return 'revoked' as const;
  if (key.expiresAt && key.expiresAt <= now) return 'expired' as const;
  return 'active' as const;
}
