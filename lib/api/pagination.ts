import { z } from 'zod';

export const MAX_PAGE_SIZE = 200;

export const ZPageQuery = z.object({
  cursor: z.string().optional(),
  limit: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).default(50),
});

export type TPageQuery = z.infer<typeof ZPageQuery>;

export interface TPage<T> {
  items: T[];
  nextCursor: string | null;
}
