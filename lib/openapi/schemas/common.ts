import { z } from 'zod';
import { API_ERROR_STATUS } from '@/lib/api/api-error';

/** Timestamps leave the API as ISO 8601 strings (`toISOString()`). */
export const ZIsoDateTime = z.iso.datetime();

export const ZApiErrorBody = z
  .object({
    error: z.object({
      code: z.enum(Object.keys(API_ERROR_STATUS) as [keyof typeof API_ERROR_STATUS]),
      message: z.string(),
      details: z.unknown().describe('Field issues for 400/422 (`[{ path, message }]`), else null'),
    }),
  })
  .meta({ id: 'ApiError', description: 'Every error the API answers with.' });

/** `{ items, nextCursor }`: pass nextCursor back as `?cursor=` for the next page. */
export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), nextCursor: z.string().nullable() });
}

export function itemsOf<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item) });
}

/** A 204 answer carries no body; endpoints pair it with `status: 204` and example null. */
export const ZNoContent = z.null().describe('No body (204 No Content)');
