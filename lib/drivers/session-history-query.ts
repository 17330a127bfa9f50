import { z } from 'zod';
import { MAX_PAGE_SIZE } from '@/lib/api/pagination';
import { ZTimeZone } from '@/lib/sites/site-requests';

/** ISO 8601 instants with an offset or Z, so a range means the same thing in every zone. */
const ZInstant = z.iso.datetime({ offset: true }).transform((value) => new Date(value));

/** The history filters, shared by the list, the CSV export and their routes. */
export const ZSessionHistoryFilters = z.object({
  from: ZInstant.optional().describe('Sessions that started at or after this instant'),
  to: ZInstant.optional().describe('Sessions that started before this instant'),
  vehicleId: z.uuid().optional(),
  siteId: z.uuid().optional(),
  city: z.string().trim().min(1).max(120).optional().describe('The site’s city (exact, any case)'),
  timeZone: ZTimeZone.default('UTC').describe(
    'IANA time zone for the month grouping and the CSV times (default UTC)',
  ),
});

/** `GET /drivers/{driverId}/sessions/history` query. */
export const ZSessionHistoryQuery = ZSessionHistoryFilters.extend({
  cursor: z.string().optional().describe('The previous nextCursor'),
  limit: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).default(50),
});

export type TSessionHistoryQuery = z.infer<typeof ZSessionHistoryQuery>;

/** Keyset position, newest first; the time is PostgreSQL's text (microseconds, not JS ms). */
export const ZHistoryCursor = z.object({ at: z.string().min(1), id: z.uuid() });
export type THistoryCursor = z.infer<typeof ZHistoryCursor>;

/** What both the list and the export narrow by: the driver always, the rest when given. */
export interface TSessionHistoryFilters {
  driverId: string;
  from?: Date | undefined;
  to?: Date | undefined;
  vehicleId?: string | undefined;
  siteId?: string | undefined;
  city?: string | undefined;
  /** IANA zone for month grouping; UTC when absent. */
  timeZone?: string | undefined;
}
