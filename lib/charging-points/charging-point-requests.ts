import { z } from 'zod';
import { connectorType } from '@/db/schema';
import { ZPageQuery } from '@/lib/api/pagination';

const ZFlag = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');

/** `lat,lng` in degrees, e.g. `52.52,13.405`. */
export const ZNear = z
  .string()
  .regex(/^\s*-?\d+(\.\d+)?\s*,\s*-?\d+(\.\d+)?\s*$/, { error: 'expected lat,lng in degrees' })
  .transform((text) => {
    const [lat, lng] = text.split(',').map(Number) as [number, number];
    return { lat, lng };
  })
  .pipe(z.object({ lat: z.number().min(-90).max(90), lng: z.number().min(-180).max(180) }))
  .describe('Your position as `lat,lng` (degrees): adds distanceKm and sorts by it');

const ZConnectorTypes = z
  .string()
  .transform((text) => text.split(',').map((t) => t.trim()))
  .pipe(z.array(z.enum(connectorType.enumValues)).min(1))
  .describe('A connector type, or several comma-separated (`CCS1,CCS2`): any of them');

export const ZChargingPointFiltersQuery = z.object({
  city: z.string().trim().min(1).max(100).optional().describe('Site city, any case'),
  connectorType: ZConnectorTypes.optional(),
  minPowerKw: z.coerce
    .number()
    .min(0)
    .max(2000)
    .optional()
    .describe('A connector (of the type, when given) with at least this power'),
  onlyAvailable: ZFlag.optional().describe('`true`: only charging points with a free connector'),
  onlyFavorites: ZFlag.optional().describe('`true`: only the signed-in driver’s favorites'),
  near: ZNear.optional(),
  q: z.string().trim().max(100).optional().describe('Name, address or city contains this'),
});

export const ZListChargingPointsQuery = ZChargingPointFiltersQuery.extend(ZPageQuery.shape);
export type TListChargingPointsQuery = z.infer<typeof ZListChargingPointsQuery>;

export const ZChargingPointQuery = z.object({ near: ZNear.optional() });

/** The list is computed whole (it is ranked by live status and distance): pages are offsets. */
export const ZChargingPointCursor = z.object({ offset: z.number().int().min(0) });
