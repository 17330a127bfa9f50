import { eq, inArray } from 'drizzle-orm';
import { sites, stations } from '@/db/schema';
import { ApiError } from '@/lib/api/api-error';
import type { TChargingProfile } from './charging-profile';
import { applyScenario } from './apply-scenario';
import type { TScenarioRequest } from './scenarios';
import { setStationChargingProfile, type TProfileDeps } from './set-station-profile';

/** Enough chargers at once to shed load quickly, few enough not to drain the pool. */
const CONCURRENCY = 8;

export type TBulkTarget = { stationIds: string[] } | { siteId: string };

export interface TApplyBulkInput {
  target: TBulkTarget;
  /** Exactly one of profile and scenario. */
  profile?: { connectorId: number; profile: TChargingProfile } | undefined;
  scenario?: TScenarioRequest | undefined;
  requestedBy: string | null;
  timeoutMs?: number;
}

export interface TBulkStationResult {
  stationId: string;
  identity?: string;
  ok: boolean;
  /** The HTTP status the single-station call would have answered. */
  status: number;
  ocppStatus?: string | null;
  error?: { code: string; message: string };
  profile?: TChargingProfile;
}

export interface TBulkResult {
  results: TBulkStationResult[];
  summary: { accepted: number; failed: number };
}

/**
 * Sends one profile, or one scenario built per station, to many stations (emergency load
 * shedding). One station's failure is its own result, never the whole call's. Throws ApiError
 * only for the request: 404 unknown site, 422 not exactly one target or one payload.
 */
export async function applyBulk(deps: TProfileDeps, input: TApplyBulkInput): Promise<TBulkResult> {
  if ((input.profile === undefined) === (input.scenario === undefined)) {
    throw new ApiError('validation_failed', 'Give either a profile or a scenario', [
      { path: 'profile', message: 'give exactly one of profile and scenario' },
    ]);
  }
  const targets = await resolveTargets(deps, input.target);
  const results: TBulkStationResult[] = new Array<TBulkStationResult>(targets.length);
  let next = 0;
  const worker = async () => {
    while (next < targets.length) {
      const index = next++;
      results[index] = await applyToStation(deps, input, targets[index]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, targets.length) }, worker));
  const accepted = results.filter((result) => result.ok).length;
  return { results, summary: { accepted, failed: results.length - accepted } };
}

type TTarget = { stationId: string; identity?: string };

async function resolveTargets(deps: TProfileDeps, target: TBulkTarget): Promise<TTarget[]> {
  const hasIds = 'stationIds' in target && target.stationIds !== undefined;
  const hasSite = 'siteId' in target && target.siteId !== undefined;
  if (hasIds === hasSite) {
    throw new ApiError('validation_failed', 'Give either stationIds or siteId', [
      { path: 'stationIds', message: 'give exactly one of stationIds and siteId' },
    ]);
  }
  if ('siteId' in target) {
    const [site] = await deps.db
      .select({ id: sites.id })
      .from(sites)
      .where(eq(sites.id, target.siteId));
    if (!site) throw new ApiError('not_found', 'Site not found');
    const rows = await deps.db
      .select({ stationId: stations.id, identity: stations.identity })
      .from(stations)
      .where(eq(stations.siteId, site.id))
      .orderBy(stations.identity);
    return rows;
  }
  const ids = [...new Set(target.stationIds)];
  const rows =
    ids.length === 0
      ? []
      : await deps.db
          .select({ stationId: stations.id, identity: stations.identity })
          .from(stations)
          .where(inArray(stations.id, ids));
  const identities = new Map(rows.map((row) => [row.stationId, row.identity]));
  // Unknown ids stay in the list, in order, and come back as 404 results.
  return ids.map((stationId) => {
    const identity = identities.get(stationId);
    return identity === undefined ? { stationId } : { stationId, identity };
  });
}

async function applyToStation(
  deps: TProfileDeps,
  input: TApplyBulkInput,
  target: TTarget,
): Promise<TBulkStationResult> {
  const base = {
    stationId: target.stationId,
    ...(target.identity ? { identity: target.identity } : {}),
  };
  const common = {
    stationId: target.stationId,
    requestedBy: input.requestedBy,
    ...(input.timeoutMs ? { timeoutMs: input.timeoutMs } : {}),
  };
  try {
    if (!target.identity) throw new ApiError('not_found', 'Station not found');
    const { command, profile } = input.scenario
      ? await applyScenario(deps, { ...common, scenario: input.scenario })
      : await setStationChargingProfile(deps, { ...common, ...input.profile! });
    return { ...base, ok: true, status: 200, ocppStatus: command.ocppStatus, profile };
  } catch (error) {
    if (!(error instanceof ApiError)) {
      console.error('[smart-charging] bulk profile failed', target.stationId, error);
      return {
        ...base,
        ok: false,
        status: 500,
        error: { code: 'internal_error', message: 'Something went wrong on our side' },
      };
    }
    const details = error.details as { ocppStatus?: string | null } | null | undefined;
    return {
      ...base,
      ok: false,
      status: error.status,
      ...(details && typeof details === 'object' && 'ocppStatus' in details
        ? { ocppStatus: details.ocppStatus ?? null }
        : {}),
      error: { code: error.code, message: error.message },
    };
  }
}
