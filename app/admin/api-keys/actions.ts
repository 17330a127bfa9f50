'use server';

import { revalidatePath } from 'next/cache';
import type {
  TCreateApiKeyState,
  TRevokeApiKeyState,
} from '@/components/admin/api-keys/api-key-form-state';
import { getCurrentUser } from '@/lib/auth/current-user';
import { getDb } from '@/lib/db';
import { runCreateApiKey, runRevokeApiKey } from './run-api-key-forms';

export async function createApiKeyAction(
  _previous: TCreateApiKeyState,
  form: FormData,
): Promise<TCreateApiKeyState> {
  const state = await runCreateApiKey(getDb(), await getCurrentUser(), form);
  if (state.status === 'created') revalidatePath('/admin/api-keys');
  return state;
}

export async function revokeApiKeyAction(
  _previous: TRevokeApiKeyState,
  form: FormData,
): Promise<TRevokeApiKeyState> {
  const state = await runRevokeApiKey(getDb(), await getCurrentUser(), form);
  if (state.status === 'revoked') revalidatePath('/admin/api-keys');
  return state;
}
