'use server';

import { revalidatePath } from 'next/cache';
import type { TVehicleFormState } from '@/components/driver/vehicles/vehicle-form-state';
import { getCurrentUser } from '@/lib/auth/current-user';
import { getDb } from '@/lib/db';
import { runDeleteVehicle, runSaveVehicle, runSetDefaultVehicle } from './run-vehicle-form';

/** Adds or edits one of the signed-in driver's vehicles. */
export async function saveVehicleAction(
  _previous: TVehicleFormState,
  form: FormData,
): Promise<TVehicleFormState> {
  const state = await runSaveVehicle(getDb(), await getCurrentUser(), form);
  if (state.status === 'saved') revalidatePath('/vehicles');
  return state;
}

export async function deleteVehicleAction(form: FormData): Promise<void> {
  if (await runDeleteVehicle(getDb(), await getCurrentUser(), form)) revalidatePath('/vehicles');
}

export async function setDefaultVehicleAction(form: FormData): Promise<void> {
  if (await runSetDefaultVehicle(getDb(), await getCurrentUser(), form)) {
    revalidatePath('/vehicles');
  }
}
