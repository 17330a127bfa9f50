import { z } from 'zod';
import { alertSeverity } from '@/db/schema';
import { ZPageQuery } from '@/lib/api/pagination';

const ZText = (max: number) => z.string().trim().min(1, { error: 'must not be empty' }).max(max);
const ZTime = z.iso.datetime({ offset: true }).transform((s) => new Date(s));
/** Duplicates dropped; each must name an existing row (checked on write, 422 otherwise). */
const ZIds = z
  .array(z.uuid())
  .max(500)
  .transform((ids) => [...new Set(ids)]);

const ZAlertFields = z.strictObject({
  title: ZText(120),
  message: ZText(2000),
  severity: z.enum(alertSeverity.enumValues),
  effectiveAt: ZTime.describe('ISO 8601; shown from then on (default: now)'),
  expiresAt: ZTime.nullable().describe('ISO 8601, after effectiveAt; null: until deleted'),
  siteIds: ZIds.describe('Only drivers at these sites; empty with stationIds: everyone'),
  stationIds: ZIds.describe('Only drivers at these stations; empty with siteIds: everyone'),
});

function expiresAfterEffective(
  value: { effectiveAt?: Date; expiresAt?: Date | null },
  ctx: z.RefinementCtx,
) {
  const effectiveAt = value.effectiveAt ?? new Date();
  if (value.expiresAt && value.expiresAt <= effectiveAt) {
    ctx.addIssue({ code: 'custom', path: ['expiresAt'], message: 'must be after effectiveAt' });
  }
}

export const ZCreateAlertRequest = ZAlertFields.partial({
  severity: true,
  effectiveAt: true,
  expiresAt: true,
  siteIds: true,
  stationIds: true,
}).superRefine(expiresAfterEffective);
export type TCreateAlertRequest = z.infer<typeof ZCreateAlertRequest>;

/** Only the given fields change; expiresAt is checked against the resulting effectiveAt. */
export const ZUpdateAlertRequest = ZAlertFields.partial().superRefine((value, ctx) => {
  if (value.effectiveAt && value.expiresAt) expiresAfterEffective(value, ctx);
});
export type TUpdateAlertRequest = z.infer<typeof ZUpdateAlertRequest>;

export const ZAlertStateFilter = z
  .enum(['active', 'scheduled', 'expired', 'all'])
  .default('all')
  .describe('active: in effect now; scheduled: not yet; expired: no more; all (default)');

export const ZListAlertsQuery = ZPageQuery.extend({ state: ZAlertStateFilter });
export type TListAlertsQuery = z.infer<typeof ZListAlertsQuery>;

export const ZDriverAlertsQuery = z.object({
  siteId: z.uuid().optional().describe('Also alerts for this site (the one being looked at)'),
  stationId: z.uuid().optional().describe('Also alerts for this station and its site'),
});
