import { z } from 'zod';
import { MAX_PAGE_SIZE } from '@/lib/api/pagination';
import { ZMessageDirection } from './list-station-messages';

/** ISO 8601 instants with an offset or Z, so a range means the same thing in every time zone. */
const ZInstant = z.iso.datetime({ offset: true }).transform((value) => new Date(value));

/** `GET /api/v1/stations/{id}/logs` query; shared by the route and the OpenAPI document. */
export const ZStationLogsQuery = z.object({
  action: z.string().min(1).max(64).optional().describe('Only frames of this OCPP action'),
  direction: ZMessageDirection.optional().describe('in: from the charger, out: to it'),
  from: ZInstant.optional().describe('Only frames logged at or after this instant'),
  to: ZInstant.optional().describe('Only frames logged at or before this instant'),
  before: z.coerce.number().int().positive().optional().describe('Only frames older than this id'),
  cursor: z.coerce.number().int().positive().optional().describe('The previous nextCursor'),
  limit: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).default(50),
});
