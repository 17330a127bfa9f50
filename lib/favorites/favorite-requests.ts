import { z } from 'zod';

export const ZAddFavoriteRequest = z.strictObject({
  stationId: z.uuid().describe('The charging point (station) to save'),
});
export type TAddFavoriteRequest = z.infer<typeof ZAddFavoriteRequest>;

export const ZRemoveFavoriteQuery = z.object({
  stationId: z.uuid().describe('The charging point (station) to forget'),
});
export type TRemoveFavoriteQuery = z.infer<typeof ZRemoveFavoriteQuery>;
