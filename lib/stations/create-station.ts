import type { Executor } from '@/db/client';
import { generateStationPassword } from '@/lib/auth/password';
import { publishEvent } from '@/lib/events/publish';
import { getManagedStation, type TManagedStation } from './get-managed-station';
import { provisionStation } from './provision-station';
import type { TCreateStationRequest } from './station-requests';
import { rethrowStationWriteError } from './station-write-errors';

export interface TCreatedStation {
  station: TManagedStation;
  /** The only time it is seen in plain text: only its hash is stored. */
  ocppPassword: string;
}

/**
 * Registers a station with a fresh random password. A taken identity is a 409 and an unknown
 * site or tariff a 422, both decided by the database's constraints inside the insert.
 */
export async function createStation(
  db: Executor,
  request: TCreateStationRequest,
): Promise<TCreatedStation> {
  const ocppPassword = generateStationPassword();
  const created = await provisionStation(db, { ...request, password: ocppPassword }).catch(
    (error: unknown) => rethrowStationWriteError(error, request.identity),
  );
  await publishEvent(db, { type: 'station.updated', stationId: created.id });
  const station = await getManagedStation(db, created.id);
  if (!station) throw new Error(`station ${created.id} vanished right after it was created`);
  return { station, ocppPassword };
}
