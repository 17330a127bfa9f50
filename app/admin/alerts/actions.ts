'use server';

import { revalidatePath } from 'next/cache';
import type { TAlertFormState } from '@/components/admin/alerts/alert-form-data';
import { getCurrentUser } from '@/lib/auth/current-user';
import { getDb } from '@/lib/db';
import { runCreateAlert, runDeleteAlert, runExpireAlert } from './run-alert-forms';

async function run(runner: typeof runCreateAlert, form: FormData): Promise<TAlertFormState> {
  const state = await runner(getDb(), await getCurrentUser(), form);
  if (state.status === 'saved') revalidatePath('/admin/alerts');
  return state;
}

/** Operators and admins only, checked by each runner. */
export async function createAlertAction(_previous: TAlertFormState, form: FormData) {
  return run(runCreateAlert, form);
}

export async function expireAlertAction(_previous: TAlertFormState, form: FormData) {
  return run(runExpireAlert, form);
}

export async function deleteAlertAction(_previous: TAlertFormState, form: FormData) {
  return run(runDeleteAlert, form);
}
