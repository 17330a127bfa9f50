import { z } from 'zod';
import type {
  TCreateApiKeyState,
  TRevokeApiKeyState,
} from '@/components/admin/api-keys/api-key-form-state';
import type { Database } from '@/db/client';
import { createApiKey, ZCreateApiKeyRequest } from '@/lib/api-keys/create-api-key';
import { revokeApiKey } from '@/lib/api-keys/revoke-api-key';
import { recordAudit } from '@/lib/audit/record-audit';
import type { TSessionUser } from '@/lib/auth/auth-session-store';
import { actionRefusal } from '@/lib/auth/action-refusal';

function refusal(user: TSessionUser | null): string | null {
  return actionRefusal(user, 'operator', 'API keys are for operators')?.message ?? null;
}

/** Create: authenticate → validate → insert for the caller → the secret, shown once. */
export async function runCreateApiKey(
  db: Database,
  user: TSessionUser | null,
  form: FormData,
): Promise<TCreateApiKeyState> {
  const refused = refusal(user);
  if (refused || !user) return { status: 'refused', message: refused ?? '' };
  const parsed = ZCreateApiKeyRequest.safeParse({
    name: form.get('name') ?? '',
    scope: form.get('scope') ?? '',
  });
  if (!parsed.success) {
    const fields = z.flattenError(parsed.error).fieldErrors;
    return {
      status: 'invalid',
      message: 'Check the highlighted fields.',
      fieldErrors: {
        name: fields.name?.[0],
        scope: fields.scope?.[0] ? 'Choose read or write' : undefined,
      },
    };
  }
  const key = await db.transaction(async (tx) => {
    const created = await createApiKey(tx, user.id, parsed.data);
    await recordAudit(tx, {
      actorId: user.id,
      action: 'api_key.created',
      targetType: 'api_key',
      targetId: created.id,
      details: { name: created.name, scope: parsed.data.scope },
    });
    return created;
  });
  return { status: 'created', name: key.name, secret: key.secret };
}

const ZRevokeForm = z.object({ id: z.uuid() });

/** Revoke: authenticate → validate → update scoped to the caller's keys (admins: any). */
export async function runRevokeApiKey(
  db: Database,
  user: TSessionUser | null,
  form: FormData,
): Promise<TRevokeApiKeyState> {
  const refused = refusal(user);
  if (refused || !user) return { status: 'refused', message: refused ?? '' };
  const parsed = ZRevokeForm.safeParse({ id: form.get('id') });
  if (!parsed.success) return { status: 'refused', message: 'Unknown API key.' };
  const revoked = await db.transaction(async (tx) => {
    const done = await revokeApiKey(tx, user, parsed.data.id);
    if (done) {
      await recordAudit(tx, {
        actorId: user.id,
        action: 'api_key.revoked',
        targetType: 'api_key',
        targetId: parsed.data.id,
      });
    }
    return done;
  });
  return revoked
    ? { status: 'revoked' }
    : { status: 'refused', message: 'No such active key among the ones you may revoke.' };
}
