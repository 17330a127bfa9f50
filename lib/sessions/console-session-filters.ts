import { z } from 'zod';
import { sessionStatus } from '@/db/schema';
import { MAX_PAGE_SIZE } from '@/lib/api/pagination';

const DAY_MS = 86_400_000;
const ZDay = z.iso.date();
const ZInstant = z.iso.datetime({ offset: true });

/** `CHARGING` or `CHARGING,COMPLETED`: one status or several, comma-separated. */
const ZStatusList = z
  .string()
  .transform((value) =>
    value
      .split(',')
      .map((part) => part.trim().toUpperCase())
      .filter(Boolean),
  )
  .pipe(z.array(z.enum(sessionStatus.enumValues)).min(1));

/**
 * The console's session filters, as the URL (and the export route) carries them. Dates alone
 * are UTC days: `from` is that day's start, `to` includes the whole day (the range is [from, to)).
 */
export const ZConsoleSessionFilters = z.object({
  status: ZStatusList.optional().describe('One status or several, comma-separated'),
  siteId: z.uuid().optional(),
  stationId: z.uuid().optional(),
  userId: z.uuid().optional().describe("The driver's sessions"),
  from: z
    .union([ZDay, ZInstant])
    .transform((value) => new Date(value))
    .optional()
    .describe(
      'Sessions that started (or, never started, were requested) at or after this day (UTC) or instant',
    ),
  to: z
    .union([ZDay, ZInstant])
    .transform((value) =>
      ZDay.safeParse(value).success
        ? new Date(new Date(value).getTime() + DAY_MS)
        : new Date(value),
    )
    .optional()
    .describe('Sessions that started before this instant, or on or before this day (UTC)'),
});
export type TConsoleSessionFilters = z.infer<typeof ZConsoleSessionFilters>;

export const ZListConsoleSessionsQuery = ZConsoleSessionFilters.extend({
  cursor: z.string().optional().describe('The previous nextCursor'),
  limit: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).default(50),
});

/** Keyset position, newest first; the time is PostgreSQL's text (microseconds, not JS ms). */
export const ZConsoleSessionCursor = z.object({ at: z.string().min(1), id: z.uuid() });
export type TConsoleSessionCursor = z.infer<typeof ZConsoleSessionCursor>;

/** URL search params → filters; empty fields (a form's "any") are left out, bad ones dropped. */
export function parseConsoleSessionFilters(
  params: Record<string, string | string[] | undefined>,
): TConsoleSessionFilters {
  const filters: TConsoleSessionFilters = {};
  const shape = ZConsoleSessionFilters.shape;
  for (const key of Object.keys(shape) as (keyof typeof shape)[]) {
    const raw = params[key];
    const value = Array.isArray(raw) ? raw[0] : raw;
    if (!value) continue;
    const parsed = shape[key].safeParse(value);
    if (parsed.success && parsed.data !== undefined) Object.assign(filters, { [key]: parsed.data });
  }
  return filters;
}
