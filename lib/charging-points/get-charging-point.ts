import type { Executor } from '@/db/client';
import { describeTariff } from '@/lib/billing/describe-tariff';
import { resolveTariff } from '@/lib/billing/resolve-tariff';
import type { TChargingPointDetail } from './charging-point';
import { listChargingPoints } from './list-charging-points';

/**
 * One public charging point with its tariff explained line by line; null when the station
 * does not exist or is not accepted (not in service for drivers).
 */
export async function getChargingPoint(
  db: Executor,
  options: { id: string; userId?: string; near?: { lat: number; lng: number } },
  now: Date = new Date(),
): Promise<TChargingPointDetail | null> {
  const [point] = await listChargingPoints(
    db,
    { stationIds: [options.id], userId: options.userId, near: options.near },
    now,
  );
  if (!point) return null;
  const resolved = await resolveTariff(db, point.id);
  return {
    ...point,
    tariff: resolved ? { lines: describeTariff(resolved.tariff, resolved.timeZone).lines } : null,
    openingHours: null,
  };
}
