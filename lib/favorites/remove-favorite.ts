import { and, eq } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { favorites } from '@/db/schema';

/** Forgets a saved charger; true when it was saved. Only the user's own row can match. */
export async function removeFavorite(
  db: Executor,
  options: { userId: string; stationId: string },
): Promise<boolean> {
  const removed = await db
    .delete(favorites)
    .where(and(eq(favorites.userId, options.userId), eq(favorites.stationId, options.stationId)))
    .returning({ stationId: favorites.stationId });
  return removed.length > 0;
}
