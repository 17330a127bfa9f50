import { z } from 'zod';
import { resolveAnalyticsRange, type TAnalyticsRange } from '@/lib/analytics/analytics-range';

const DAY_MS = 86_400_000;
const ZDay = z.iso.date();

/** The page's URL filters: whole UTC days (`to` inclusive) and a site; bad values are ignored. */
export const ZAnalyticsSearch = z.object({
  from: ZDay.optional().catch(undefined),
  to: ZDay.optional().catch(undefined),
  siteId: z.uuid().optional().catch(undefined),
});
export type TAnalyticsSearch = z.infer<typeof ZAnalyticsSearch>;

/**
 * Days → the instants the data functions take: from midnight UTC of `from` to the end of `to`
 * (or now, if sooner, so today's utilisation is not diluted by hours still to come). Without
 * days: the last 30 days up to now. A reversed or too long range falls back to that default.
 */
export function toAnalyticsRange(search: TAnalyticsSearch, now = new Date()): TAnalyticsRange {
  const to = search.to
    ? new Date(Math.min(Date.parse(`${search.to}T00:00:00Z`) + DAY_MS, now.getTime()))
    : now;
  const range = resolveAnalyticsRange(
    {
      from: search.from ? `${search.from}T00:00:00Z` : undefined,
      to: to.toISOString(),
      siteId: search.siteId,
    },
    now,
  );
  return range ?? resolveAnalyticsRange({ siteId: search.siteId }, now)!;
}

/** The day inputs' values for a range: its first day and its last (inclusive) day. */
export function rangeDays(range: TAnalyticsRange) {
  return {
    from: range.from.toISOString().slice(0, 10),
    to: new Date(range.to.getTime() - 1).toISOString().slice(0, 10),
  };
}
