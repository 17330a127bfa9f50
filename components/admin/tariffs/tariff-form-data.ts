import { z } from 'zod';

const HHMM = /^([01]\d|2[0-3]):[0-5]\d$/;
const minor = z.coerce.number().int('Whole minor units').min(0, 'Not negative').max(100_000_000);

export const ZTariffBand = z.object({
  days: z.array(z.number().int().min(1).max(7)).min(1),
  from: z.string().regex(HHMM),
  to: z.string().regex(HHMM),
  energyPricePerMwh: minor.optional(),
  timePricePerHour: minor.optional(),
});

/** The tariff form, as strings from FormData; prices are integer minor units (see schema). */
export const ZTariffForm = z.object({
  name: z.string().trim().min(1, 'Required').max(100),
  currency: z
    .string()
    .trim()
    .regex(/^[A-Z]{3}$/, 'Three capital letters (ISO 4217), e.g. EUR'),
  energyPricePerMwh: minor,
  timePricePerHour: minor,
  sessionFee: minor,
  idleFeePerHour: minor,
  idleGraceMinutes: z.coerce
    .number()
    .int('Whole minutes')
    .min(0)
    .max(24 * 60),
  vatBasisPoints: z.coerce.number().int('Whole basis points').min(0).max(10_000),
  bands: z
    .string()
    .transform((text, ctx) => {
      try {
        return JSON.parse(text.trim() || '[]') as unknown;
      } catch {
        ctx.addIssue({ code: 'custom', message: 'Not valid JSON' });
        return z.NEVER;
      }
    })
    .pipe(z.array(ZTariffBand, 'A JSON list of bands')),
  active: z.literal('on').optional().transform(Boolean),
});
export type TTariffForm = z.infer<typeof ZTariffForm>;

export const TARIFF_FIELDS = [
  'name',
  'currency',
  'energyPricePerMwh',
  'timePricePerHour',
  'sessionFee',
  'idleFeePerHour',
  'idleGraceMinutes',
  'vatBasisPoints',
  'bands',
  'active',
] as const;

export type TTariffFieldErrors = Partial<Record<(typeof TARIFF_FIELDS)[number], string>>;

export type TTariffFormState =
  | { status: 'idle' }
  | { status: 'invalid'; message: string; fieldErrors: TTariffFieldErrors }
  | { status: 'refused'; message: string }
  | { status: 'saved'; message: string };

export const IDLE_TARIFF_FORM: TTariffFormState = { status: 'idle' };

export function parseTariffForm(
  form: FormData,
): { ok: true; tariff: TTariffForm } | { ok: false; fieldErrors: TTariffFieldErrors } {
  const raw = Object.fromEntries(TARIFF_FIELDS.map((name) => [name, form.get(name) ?? undefined]));
  const parsed = ZTariffForm.safeParse(raw);
  if (parsed.success) return { ok: true, tariff: parsed.data };
  const fieldErrors: TTariffFieldErrors = {};
  for (const issue of parsed.error.issues) {
    const field = issue.path[0] as (typeof TARIFF_FIELDS)[number];
    fieldErrors[field] ??=
      field === 'bands' && issue.path.length > 1
        ? `Band ${String(issue.path[1])}: ${issue.message}`
        : issue.message;
  }
  return { ok: false, fieldErrors };
}
