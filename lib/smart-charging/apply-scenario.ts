import { eq } from 'drizzle-orm';
import { sites, stations } from '@/db/schema';
import { ApiError } from '@/lib/api/api-error';
import type { TCommandResult } from '@/lib/api/command-result';
import type { TChargingProfile } from './charging-profile';
import { nextChargingProfileId } from './next-profile-id';
import { buildScenarioProfile, scenarioIssuePath, type TScenarioRequest } from './scenarios';
import { setStationChargingProfile, type TProfileDeps } from './set-station-profile';

export interface TApplyScenarioInput {
  stationId: string;
  scenario: TScenarioRequest;
  requestedBy: string | null;
  timeoutMs?: number;
  /** The clock, for tests; Date.now(). */
  now?: number;
}

/** Time-of-use hours count in the site's zone; a station without a site counts in UTC. */
const DEFAULT_TIME_ZONE = 'UTC';

/**
 * Builds a scenario's profile for the station (a fresh profile id, the site's time zone) and
 * sends it as setStationChargingProfile does, with its errors; a rule the built profile breaks
 * is reported at the scenario's own field (a limit above the rating names maxPowerW).
 */
export async function applyScenario(
  deps: TProfileDeps,
  input: TApplyScenarioInput,
): Promise<{ command: TCommandResult; profile: TChargingProfile }> {
  const [station] = await deps.db
    .select({ id: stations.id, timeZone: sites.timeZone })
    .from(stations)
    .leftJoin(sites, eq(sites.id, stations.siteId))
    .where(eq(stations.id, input.stationId));
  if (!station) throw new ApiError('not_found', 'Station not found');
  const built = buildScenarioProfile(input.scenario, {
    chargingProfileId: await nextChargingProfileId(deps.db, station.id),
    timeZone: station.timeZone ?? DEFAULT_TIME_ZONE,
    now: input.now ?? Date.now(),
  });
  return setStationChargingProfile(deps, {
    stationId: station.id,
    connectorId: built.connectorId,
    profile: built.profile,
    requestedBy: input.requestedBy,
    ...(input.timeoutMs ? { timeoutMs: input.timeoutMs } : {}),
  }).catch((error: unknown) => {
    throw toScenarioError(error, input.scenario, built.profile);
  });
}

function toScenarioError(error: unknown, request: TScenarioRequest, profile: TChargingProfile) {
  if (!(error instanceof ApiError) || error.code !== 'validation_failed') return error;
  if (!Array.isArray(error.details)) return error;
  const details = (error.details as { path: string; message: string }[]).map((issue) => ({
    ...issue,
    path: issue.path.startsWith('profile.')
      ? scenarioIssuePath(request, profile, issue.path.slice('profile.'.length))
      : issue.path,
  }));
  return new ApiError('validation_failed', error.message, details);
}
