import { z } from 'zod';
import type { TStationEditState } from '@/components/admin/stations/station-form-state';
import type { Executor } from '@/db/client';
import { ApiError } from '@/lib/api/api-error';
import { recordAudit } from '@/lib/audit/record-audit';
import type { TSessionUser } from '@/lib/auth/auth-session-store';
import { decommissionStation } from '@/lib/stations/decommission-station';
import { ZUpdateStationRequest } from '@/lib/stations/station-requests';
import { updateStation } from '@/lib/stations/update-station';
import { checkOperator } from './check-operator';
import { apiFieldErrors, fieldErrorsOf } from './run-register-station';

const ZStationId = z.uuid();

/** An emptied field clears the value (null), which the update schema allows for these. */
const orNull = (form: FormData, key: string) => {
  const value = form.get(key);
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
};

/** Saves the station's name, site, tariff, vendor and model, and audits the change. */
export async function runEditStation(
  db: Executor,
  user: TSessionUser | null,
  form: FormData,
): Promise<TStationEditState> {
  const access = checkOperator(user);
  if ('refused' in access) return access.refused;
  const stationId = ZStationId.safeParse(form.get('stationId'));
  if (!stationId.success) return { status: 'refused', message: 'Station not found.' };
  const parsed = ZUpdateStationRequest.safeParse({
    name: typeof form.get('name') === 'string' ? form.get('name') : '',
    siteId: orNull(form, 'siteId'),
    tariffId: orNull(form, 'tariffId'),
    vendor: orNull(form, 'vendor'),
    model: orNull(form, 'model'),
  });
  if (!parsed.success) {
    return {
      status: 'invalid',
      message: 'Check the marked fields.',
      fieldErrors: fieldErrorsOf(parsed.error),
    };
  }
  try {
    await db.transaction(async (tx) => {
      await updateStation(tx, stationId.data, parsed.data);
      await recordAudit(tx, {
        actorId: access.operator.id,
        action: 'station.updated',
        targetType: 'station',
        targetId: stationId.data,
        details: { changes: parsed.data },
      });
    });
    return { status: 'saved', message: 'Saved.' };
  } catch (error) {
    if (error instanceof ApiError && error.code === 'not_found') {
      return { status: 'refused', message: 'Station not found.' };
    }
    const fieldErrors = error instanceof ApiError ? apiFieldErrors(error) : null;
    if (!fieldErrors) throw error;
    return { status: 'invalid', message: 'Check the marked fields.', fieldErrors };
  }
}

/** Takes a station out of service after the operator confirmed it. */
export async function runDecommissionStation(
  db: Executor,
  user: TSessionUser | null,
  form: FormData,
): Promise<TStationEditState> {
  const access = checkOperator(user);
  if ('refused' in access) return access.refused;
  const stationId = ZStationId.safeParse(form.get('stationId'));
  if (!stationId.success) return { status: 'refused', message: 'Station not found.' };
  if (form.get('confirmed') !== 'yes') {
    return {
      status: 'confirm',
      message:
        'Decommission this station? Its charger will be refused when it connects and drivers will no longer see it. Its history is kept.',
    };
  }
  const done = await decommissionStation(db, {
    stationId: stationId.data,
    actorId: access.operator.id,
  });
  return done
    ? { status: 'saved', message: 'Decommissioned.' }
    : { status: 'refused', message: 'Station not found or already decommissioned.' };
}
