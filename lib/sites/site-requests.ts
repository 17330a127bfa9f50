import { z } from 'zod';
import { ZPageQuery } from '@/lib/api/pagination';

const REGION_NAMES = new Intl.DisplayNames(['en'], { type: 'region' });

/** ISO 3166-1 alpha-2: two letters that name a region Intl knows (unknown ones echo back). */
function isKnownRegion(code: string): boolean {
  const name = REGION_NAMES.of(code);
  return name !== undefined && name !== code && name !== 'Unknown Region';
}

/** An IANA zone name (not a raw offset), as Intl accepts it: receipts and tariffs use it. */
function isIanaTimeZone(zone: string): boolean {
  if (!/^[A-Za-z][A-Za-z0-9_+\-/]*$/.test(zone)) return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

const ZText = (max: number) => z.string().trim().min(1, { error: 'must not be empty' }).max(max);

export const ZCountryCode = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{2}$/, { error: 'must be an ISO 3166-1 alpha-2 code, e.g. DE' })
  .refine(isKnownRegion, { error: 'is not an ISO 3166-1 country code' });

export const ZTimeZone = z
  .string()
  .trim()
  .refine(isIanaTimeZone, { error: 'must be an IANA time zone, e.g. Europe/Berlin' });

/** Trimmed, blanks refused, duplicates dropped (keeping the first), at most 30. */
export const ZAmenities = z
  .array(ZText(60))
  .max(30, { error: 'must list at most 30 amenities' })
  .transform((list) => [...new Set(list)]);

const siteFields = {
  name: ZText(120),
  address: ZText(200),
  city: ZText(120),
  postalCode: ZText(20).nullable().optional(),
  country: ZCountryCode,
  latitude: z.number().min(-90).max(90),
  longitude: z.number().min(-180).max(180),
  timeZone: ZTimeZone,
  amenities: ZAmenities.optional(),
  tariffId: z.uuid().nullable().optional().describe('The default tariff of the site’s stations'),
  gridLimitW: z
    .number()
    .int()
    .positive()
    .nullable()
    .optional()
    .describe('The grid connection in W across all phases; null: not limited'),
};

export const ZCreateSiteRequest = z.strictObject(siteFields);
export type TCreateSiteRequest = z.infer<typeof ZCreateSiteRequest>;

/** Every field optional; null clears postalCode, tariffId and gridLimitW. */
export const ZUpdateSiteRequest = z.strictObject(siteFields).partial();
export type TUpdateSiteRequest = z.infer<typeof ZUpdateSiteRequest>;

export const ZListSitesQuery = ZPageQuery.extend({
  q: z.string().trim().max(100).optional().describe('Matches name, city or address (any case)'),
});
export type TListSitesQuery = z.infer<typeof ZListSitesQuery>;
