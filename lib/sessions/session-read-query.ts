import { z } from 'zod';
import { sessionStatus } from '@/db/schema';
import { MAX_PAGE_SIZE } from '@/lib/api/pagination';

/** ISO 8601 instants with an offset or Z, so a range means the same thing in every time zone. */
const ZInstant = z.iso.datetime({ offset: true }).transform((value) => new Date(value));

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

/** `GET /api/v1/sessions` query; shared by the route and the OpenAPI document. */
export const ZListSessionsQuery = z.object({
  status: ZStatusList.optional().describe(
    'One status or several, comma-separated (e.g. `CHARGING,COMPLETED`)',
  ),
  stationId: z.uuid().optional(),
  siteId: z.uuid().optional(),
  userId: z.uuid().optional().describe("The driver's sessions (operators; drivers see their own)"),
  vehicleId: z.uuid().optional(),
  idTag: z.string().min(1).max(64).optional(),
  from: ZInstant.optional().describe(
    'Sessions that started at or after this instant (creation time for never-started ones)',
  ),
  to: ZInstant.optional().describe('Sessions that started at or before this instant'),
  cursor: z.string().optional().describe('The previous nextCursor'),
  limit: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).default(50),
});

export type TListSessionsQuery = z.infer<typeof ZListSessionsQuery>;

/** Keyset position, newest first; the time is PostgreSQL's text (microseconds, not JS ms). */
export const ZSessionCursor = z.object({ at: z.string().min(1), id: z.uuid() });
export type TSessionCursor = z.infer<typeof ZSessionCursor>;
