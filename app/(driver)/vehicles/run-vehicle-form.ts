import { z } from 'zod';
import type { Database } from '@/db/client';
import { parseVehicleForm } from '@/components/driver/vehicles/vehicle-form-data';
import type { TVehicleFormState } from '@/components/driver/vehicles/vehicle-form-state';
import type { TSessionUser } from '@/lib/auth/auth-session-store';
import { createVehicle } from '@/lib/vehicles/create-vehicle';
import { deleteVehicle } from '@/lib/vehicles/delete-vehicle';
import { updateVehicle } from '@/lib/vehicles/update-vehicle';

const SIGNED_OUT: TVehicleFormState = {
  status: 'refused',
  message: 'Your session ended: sign in again.',
};
const NOT_FOUND: TVehicleFormState = { status: 'refused', message: 'Vehicle not found.' };

/**
 * Adds a vehicle for the signed-in driver, or edits the one named by the form's `id`. Always
 * the caller's own: vehicles are scoped to the driver even when an operator uses this page.
 */
export async function runSaveVehicle(
  db: Database,
  user: TSessionUser | null,
  form: FormData,
): Promise<TVehicleFormState> {
  if (!user) return SIGNED_OUT;
  const parsed = parseVehicleForm(form);
  if (!parsed.ok) {
    return {
      status: 'invalid',
      message: 'Check the fields marked.',
      fieldErrors: parsed.fieldErrors,
    };
  }
  // An unticked "default" box means "no preference": a first vehicle still becomes the
  // default, and an edit leaves it alone (a driver makes another car the default instead).
  const { isDefault, ...vehicle } = parsed.vehicle;
  const changes = isDefault ? { ...vehicle, isDefault } : vehicle;
  const name = `${vehicle.make} ${vehicle.model}`;
  const id = form.get('id');
  if (!id) {
    await createVehicle(db, user.id, changes);
    return { status: 'saved', message: `${name} added.` };
  }
  const vehicleId = z.uuid().safeParse(id);
  if (!vehicleId.success) return NOT_FOUND;
  const updated = await updateVehicle(db, {
    id: vehicleId.data,
    viewer: { id: user.id, role: 'driver' },
    changes,
  });
  return updated ? { status: 'saved', message: `${name} saved.` } : NOT_FOUND;
}

const ZVehicleId = z.object({ id: z.uuid() });

/** Deletes one of the driver's vehicles; false when it is not theirs or gone. */
export async function runDeleteVehicle(
  db: Database,
  user: TSessionUser | null,
  form: FormData,
): Promise<boolean> {
  const parsed = ZVehicleId.safeParse({ id: form.get('id') });
  if (!user || !parsed.success) return false;
  return deleteVehicle(db, { id: parsed.data.id, viewer: { id: user.id, role: 'driver' } });
}

/** Makes one of the driver's vehicles the default (pre-selected when charging). */
export async function runSetDefaultVehicle(
  db: Database,
  user: TSessionUser | null,
  form: FormData,
): Promise<boolean> {
  const parsed = ZVehicleId.safeParse({ id: form.get('id') });
  if (!user || !parsed.success) return false;
  const updated = await updateVehicle(db, {
    id: parsed.data.id,
    viewer: { id: user.id, role: 'driver' },
    changes: { isDefault: true },
  });
  return updated !== null;
}
