import { z } from 'zod';
import type { Executor } from '@/db/client';
import { apiKeys, apiKeyScope } from '@/db/schema';
import { apiKeyPrefixOf, generateApiKeySecret, hashApiKeySecret } from './api-key-secret';

export const ZCreateApiKeyRequest = z.object({
  name: z.string().trim().min(1, 'Give the key a name').max(80, 'At most 80 characters'),
  scope: z.enum(apiKeyScope.enumValues),
  expiresAt: z.date().nullable().default(null),
});
export type TCreateApiKeyRequest = z.input<typeof ZCreateApiKeyRequest>;

/** Stores a new key for `userId`; the returned `secret` exists nowhere else: show it once. */
export async function createApiKey(db: Executor, userId: string, input: TCreateApiKeyRequest) {
  const { name, scope, expiresAt } = ZCreateApiKeyRequest.parse(input);
  const secret = generateApiKeySecret();
  const prefix = apiKeyPrefixOf(secret);
  if (!prefix) throw new Error('generated API key has no prefix');
  const [row] = await db
    .insert(apiKeys)
    .values({ userId, name, scope, expiresAt, prefix, hash: hashApiKeySecret(secret) })
    .returning({
      id: apiKeys.id,
      prefix: apiKeys.prefix,
      name: apiKeys.name,
      scope: apiKeys.scope,
    });
  if (!row) throw new Error('API key was not created');
  return { ...row, secret };
}
