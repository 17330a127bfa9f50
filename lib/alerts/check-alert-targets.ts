import { inArray } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { sites, stations } from '@/db/schema';
import { ApiError } from '@/lib/api/api-error';

/** 422 naming the field when a target id names no site or station. */
export async function checkAlertTargets(
  db: Executor,
  targets: { siteIds?: string[]; stationIds?: string[] },
): Promise<void> {
  const [knownSites, knownStations] = await Promise.all([
    targets.siteIds?.length
      ? db.select({ id: sites.id }).from(sites).where(inArray(sites.id, targets.siteIds))
      : [],
    targets.stationIds?.length
      ? db
          .select({ id: stations.id })
          .from(stations)
          .where(inArray(stations.id, targets.stationIds))
      : [],
  ]);
  const details = [
    unknownIds('siteIds', 'site', targets.siteIds, knownSites),
    unknownIds('stationIds', 'station', targets.stationIds, knownStations),
  ].filter((d) => d !== null);
  if (details.length > 0) {
    throw new ApiError('validation_failed', 'Invalid request body', details);
  }
}

function unknownIds(
  path: string,
  noun: string,
  wanted: string[] | undefined,
  known: { id: string }[],
) {
  const found = new Set(known.map((k) => k.id));
  const missing = (wanted ?? []).filter((id) => !found.has(id));
  return missing.length > 0 ? { path, message: `No ${noun} has id ${missing.join(', ')}` } : null;
}
