import { z } from 'zod';
import { ZCreateSiteRequest, type TCreateSiteRequest } from '@/lib/sites/site-requests';

export const SITE_FIELDS = [
  'name',
  'address',
  'city',
  'postalCode',
  'country',
  'latitude',
  'longitude',
  'timeZone',
  'amenities',
  'tariffId',
  'gridLimitKw',
] as const;
export type TSiteField = (typeof SITE_FIELDS)[number];
export type TSiteFieldErrors = Partial<Record<TSiteField, string>>;

export type TSiteFormState =
  | { status: 'idle' }
  | { status: 'invalid'; message: string; fieldErrors: TSiteFieldErrors }
  | { status: 'refused'; message: string }
  | { status: 'saved'; message: string; siteId: string };

export const IDLE_SITE_FORM: TSiteFormState = { status: 'idle' };

const text = (form: FormData, name: string) => {
  const value = form.get(name);
  return typeof value === 'string' ? value.trim() : '';
};
/** Blank number fields stay strings so zod names them instead of reading them as 0. */
const number = (raw: string) => (raw === '' ? raw : Number(raw));

/**
 * The site form as the API's request: amenities are one per line or comma-separated, the grid
 * limit is typed in kW (decimals allowed) and stored in W; blank optional fields clear them.
 */
export function parseSiteForm(
  form: FormData,
): { ok: true; site: TCreateSiteRequest } | { ok: false; fieldErrors: TSiteFieldErrors } {
  const kw = text(form, 'gridLimitKw');
  const kwNumber = Number(kw);
  const fieldErrors: TSiteFieldErrors = {};
  if (kw !== '' && !(Number.isFinite(kwNumber) && kwNumber > 0)) {
    fieldErrors.gridLimitKw = 'A positive number of kW, or blank for no limit';
  }
  const parsed = ZCreateSiteRequest.safeParse({
    name: text(form, 'name'),
    address: text(form, 'address'),
    city: text(form, 'city'),
    postalCode: text(form, 'postalCode') || null,
    country: text(form, 'country'),
    latitude: number(text(form, 'latitude')),
    longitude: number(text(form, 'longitude')),
    timeZone: text(form, 'timeZone'),
    amenities: text(form, 'amenities')
      .split(/[\n,]/)
      .map((a) => a.trim())
      .filter(Boolean),
    tariffId: text(form, 'tariffId') || null,
    gridLimitW: kw === '' || fieldErrors.gridLimitKw ? null : Math.round(kwNumber * 1000),
  });
  if (parsed.success && !fieldErrors.gridLimitKw) return { ok: true, site: parsed.data };
  for (const issue of parsed.success ? [] : parsed.error.issues) {
    const key = String(issue.path[0]);
    const field = (key === 'gridLimitW' ? 'gridLimitKw' : key) as TSiteField;
    fieldErrors[field] ??= issue.code === 'invalid_type' ? 'Required: a number' : issue.message;
  }
  return { ok: false, fieldErrors };
}

export const ZSiteId = z.uuid();
