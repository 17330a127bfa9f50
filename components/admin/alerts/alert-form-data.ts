import { z } from 'zod';
import { alertSeverity } from '@/db/schema';

export const ALERT_FIELDS = [
  'title',
  'message',
  'severity',
  'effectiveAt',
  'expiresAt',
  'target',
  'siteIds',
  'stationIdentities',
] as const;
export type TAlertField = (typeof ALERT_FIELDS)[number];
export type TAlertFieldErrors = Partial<Record<TAlertField, string>>;

export type TAlertFormState =
  | { status: 'idle' }
  | { status: 'invalid'; message: string; fieldErrors: TAlertFieldErrors }
  | { status: 'refused'; message: string }
  | { status: 'saved'; message: string };

export const IDLE_ALERT_FORM: TAlertFormState = { status: 'idle' };

/** `<input type="datetime-local">` sends no zone: the form says these times are UTC. */
const ZUtcLocalTime = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/, 'A date and time')
  .transform((value) => new Date(`${value}Z`))
  .refine((date) => !Number.isNaN(date.getTime()), 'A date and time');

const blankToUndefined = (value: unknown) => (value === '' || value === null ? undefined : value);

/** The console's alert form; ids and identities are resolved to rows by the action. */
export const ZAlertForm = z
  .object({
    title: z.string().trim().min(1, 'Required').max(120),
    message: z.string().trim().min(1, 'Required').max(2000),
    severity: z.enum(alertSeverity.enumValues, 'Choose a severity'),
    effectiveAt: z.preprocess(blankToUndefined, ZUtcLocalTime.optional()),
    expiresAt: z.preprocess(blankToUndefined, ZUtcLocalTime.optional()),
    target: z.enum(['all', 'sites', 'stations'], 'Choose who sees it'),
    siteIds: z.array(z.uuid()),
    stationIdentities: z.string().transform((text) => [
      ...new Set(
        text
          .split(/[\s,]+/)
          .map((s) => s.trim())
          .filter(Boolean),
      ),
    ]),
  })
  .superRefine((form, ctx) => {
    const effectiveAt = form.effectiveAt ?? new Date();
    if (form.expiresAt && form.expiresAt <= effectiveAt) {
      ctx.addIssue({
        code: 'custom',
        path: ['expiresAt'],
        message: 'Must be after it takes effect',
      });
    }
    if (form.target === 'sites' && form.siteIds.length === 0) {
      ctx.addIssue({ code: 'custom', path: ['siteIds'], message: 'Choose at least one site' });
    }
    if (form.target === 'stations' && form.stationIdentities.length === 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['stationIdentities'],
        message: 'Name at least one station identity',
      });
    }
  });
export type TAlertForm = z.infer<typeof ZAlertForm>;

export function parseAlertForm(
  form: FormData,
): { ok: true; alert: TAlertForm } | { ok: false; fieldErrors: TAlertFieldErrors } {
  const parsed = ZAlertForm.safeParse({
    title: form.get('title') ?? '',
    message: form.get('message') ?? '',
    severity: form.get('severity') ?? '',
    effectiveAt: form.get('effectiveAt'),
    expiresAt: form.get('expiresAt'),
    target: form.get('target') ?? '',
    siteIds: form.getAll('siteIds').filter((v) => v !== ''),
    stationIdentities: form.get('stationIdentities') ?? '',
  });
  if (parsed.success) return { ok: true, alert: parsed.data };
  const fieldErrors: TAlertFieldErrors = {};
  for (const issue of parsed.error.issues) {
    fieldErrors[issue.path[0] as TAlertField] ??= issue.message;
  }
  return { ok: false, fieldErrors };
}
