'use server';

import { revalidatePath } from 'next/cache';
import type { TTariffFormState } from '@/components/admin/tariffs/tariff-form-data';
import { getCurrentUser } from '@/lib/auth/current-user';
import { getDb } from '@/lib/db';
import { runAssignTariff, runSaveTariff } from './run-tariff-form';

/** Creates or edits a tariff from the console; operators and admins only. */
export async function saveTariffAction(
  _previous: TTariffFormState,
  form: FormData,
): Promise<TTariffFormState> {
  const state = await runSaveTariff(getDb(), await getCurrentUser(), form);
  if (state.status === 'saved') revalidatePath('/admin/tariffs');
  return state;
}

/** Assigns a tariff to a site or a station; operators and admins only. */
export async function assignTariffAction(
  _previous: TTariffFormState,
  form: FormData,
): Promise<TTariffFormState> {
  const state = await runAssignTariff(getDb(), await getCurrentUser(), form);
  if (state.status === 'saved') revalidatePath('/admin/tariffs');
  return state;
}
