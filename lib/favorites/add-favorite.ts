import { and, eq } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { favorites, stations } from '@/db/schema';
import type { TFavorite } from './favorite';
import { listFavorites } from './list-favorites';

/**
 * Saves a charger for the user; saving it again changes nothing. Null when no accepted
 * station has this id (drivers cannot see the others).
 */
export async function addFavorite(
  db: Executor,
  options: { userId: string; stationId: string },
): Promise<TFavorite | null> {
  const { userId, stationId } = options;
  const [station] = await db
    .select({ id: stations.id })
    .from(stations)
    .where(and(eq(stations.id, stationId), eq(stations.registrationStatus, 'Accepted')));
  if (!station) return null;
  await db.insert(favorites).values({ userId, stationId }).onConflictDoNothing();
  const [favorite] = await listFavorites(db, { userId, stationId });
  return favorite ?? null;
}
