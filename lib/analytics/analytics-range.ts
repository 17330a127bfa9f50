import { z } from 'zod';

const DAY_MS = 86_400_000;
export const DEFAULT_RANGE_DAYS = 30;
/** Long enough for a year's report, short enough that a day-by-day chart stays readable. */
export const MAX_RANGE_DAYS = 366;

/** The analytics filters, from the URL or the API query: ISO instants with an offset, a site. */
export const ZAnalyticsQuery = z.object({
  from: z.iso
    .datetime({ offset: true })
    .optional()
    .describe('Start (inclusive); default 30 days before `to`'),
  to: z.iso.datetime({ offset: true }).optional().describe('End (exclusive); default now'),
  siteId: z.uuid().optional().describe('Only this site’s stations'),
});
export type TAnalyticsQuery = z.infer<typeof ZAnalyticsQuery>;

export interface TAnalyticsRange {
  from: Date;
  to: Date;
  siteId?: string;
}

/**
 * The range the query names, defaulting to the last 30 days; null when it is empty, reversed
 * or longer than a year (the caller answers 400).
 */
export function resolveAnalyticsRange(
  query: TAnalyticsQuery,
  now = new Date(),
): TAnalyticsRange | null {
  const to = query.to ? new Date(query.to) : now;
  const from = query.from
    ? new Date(query.from)
    : new Date(to.getTime() - DEFAULT_RANGE_DAYS * DAY_MS);
  const span = to.getTime() - from.getTime();
  if (span <= 0 || span > MAX_RANGE_DAYS * DAY_MS) return null;
  return { from, to, siteId: query.siteId };
}
