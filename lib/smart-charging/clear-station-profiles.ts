import { eq } from 'drizzle-orm';
import { stations } from '@/db/schema';
import { ApiError } from '@/lib/api/api-error';
import {
  commandOutcomeError,
  toCommandResult,
  type TCommandResult,
} from '@/lib/api/command-result';
import { sendCommand } from '@/lib/commands/send-command';
import type { TChargingProfilePurpose } from './charging-profile';
import { assertAccepted, commandRefusalError, type TProfileDeps } from './set-station-profile';

export interface TClearProfileFilters {
  profileId?: number | undefined;
  connectorId?: number | undefined;
  purpose?: TChargingProfilePurpose | undefined;
  stackLevel?: number | undefined;
}

export interface TClearStationProfilesInput {
  stationId: string;
  /** Combined by AND; none clears every profile on the station. */
  filters: TClearProfileFilters;
  requestedBy: string | null;
  timeoutMs?: number;
}

/**
 * Sends ClearChargingProfile. Throws ApiError: 404 unknown station, or the charger answered
 * Unknown (nothing matched; the command in the details), 409 a station not Accepted, 502 a
 * CALLERROR, 503 offline, 504 timeout.
 */
export async function clearStationChargingProfiles(
  deps: TProfileDeps,
  input: TClearStationProfilesInput,
): Promise<{ command: TCommandResult }> {
  const [station] = await deps.db
    .select({ id: stations.id, registrationStatus: stations.registrationStatus })
    .from(stations)
    .where(eq(stations.id, input.stationId));
  if (!station) throw new ApiError('not_found', 'Station not found');
  assertAccepted(station);
  const { profileId, connectorId, purpose, stackLevel } = input.filters;
  const outcome = await sendCommand(deps, {
    stationId: station.id,
    action: 'ClearChargingProfile',
    request: {
      ...(profileId === undefined ? {} : { id: profileId }),
      ...(connectorId === undefined ? {} : { connectorId }),
      ...(purpose === undefined ? {} : { chargingProfilePurpose: purpose }),
      ...(stackLevel === undefined ? {} : { stackLevel }),
    },
    requestedBy: input.requestedBy,
    ...(input.timeoutMs ? { timeoutMs: input.timeoutMs } : {}),
  }).catch((error: unknown) => {
    throw commandRefusalError(error);
  });
  if (outcome.state === 'answered' && outcome.ocppStatus === 'Unknown') {
    throw new ApiError(
      'not_found',
      'The charger holds no charging profile matching these filters',
      toCommandResult(outcome),
    );
  }
  const failure = commandOutcomeError(outcome, ['Accepted']);
  if (failure) throw failure;
  return { command: toCommandResult(outcome) };
}
