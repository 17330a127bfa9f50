import { z } from 'zod';
import { ZChargingPointFiltersQuery } from '@/lib/charging-points/charging-point-requests';
import type { TChargingPointFilters } from '@/lib/charging-points/charging-point';

const shape = ZChargingPointFiltersQuery.shape;

/**
 * The find page's URL: the same names and meanings as GET /api/v1/charging-points, plus `from`
 * (a city to measure distance from when the browser's location is not shared). A bad value is
 * ignored rather than failing the page: these URLs are typed and shared by people.
 */
const ZFindSearchParams = z.object({
  city: shape.city.catch(undefined),
  connectorType: shape.connectorType.catch(undefined),
  minPowerKw: shape.minPowerKw.catch(undefined),
  onlyAvailable: shape.onlyAvailable.catch(undefined),
  onlyFavorites: shape.onlyFavorites.catch(undefined),
  near: shape.near.catch(undefined),
  q: shape.q.catch(undefined),
  from: z.string().trim().min(1).max(100).optional().catch(undefined),
});
export type TFindSearchParams = z.infer<typeof ZFindSearchParams>;

type TRawSearchParams = Record<string, string | string[] | undefined>;

export function parseFindSearchParams(raw: TRawSearchParams): TFindSearchParams {
  const first = Object.fromEntries(
    Object.entries(raw).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value]),
  );
  // A GET form sends empty fields as `name=`: treat them as not given.
  const given = Object.fromEntries(Object.entries(first).filter(([, value]) => value !== ''));
  return ZFindSearchParams.parse(given);
}

/**
 * The list's filters. Distance is from the chosen `from` city's centre when one is picked (the
 * form keeps `near` as a hidden field), else from the browser's position `near`.
 */
export function toChargingPointFilters(
  params: TFindSearchParams,
  cityCentres: Map<string, { lat: number; lng: number }>,
  userId: string | undefined,
): TChargingPointFilters {
  const { from, near, onlyFavorites, ...rest } = params;
  const origin = (from ? cityCentres.get(from.toLowerCase()) : undefined) ?? near;
  return {
    ...rest,
    ...(origin ? { near: origin } : {}),
    ...(userId ? { userId, onlyFavorites: onlyFavorites ?? false } : {}),
  };
}
