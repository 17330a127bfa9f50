import { and, desc, eq } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { favorites, sites, stations } from '@/db/schema';
import type { TFavorite } from './favorite';

/** The user's saved chargers, newest first (only the user's own rows). */
export async function listFavorites(
  db: Executor,
  options: { userId: string; stationId?: string },
): Promise<TFavorite[]> {
  const rows = await db
    .select({
      stationId: favorites.stationId,
      name: stations.name,
      site: { id: sites.id, name: sites.name, city: sites.city },
      createdAt: favorites.createdAt,
    })
    .from(favorites)
    .innerJoin(stations, eq(stations.id, favorites.stationId))
    .leftJoin(sites, eq(sites.id, stations.siteId))
    .where(
      and(
        eq(favorites.userId, options.userId),
        options.stationId ? eq(favorites.stationId, options.stationId) : undefined,
      ),
    )
    .orderBy(desc(favorites.createdAt), desc(favorites.stationId));
  return rows.map((row) => ({ ...row, createdAt: row.createdAt.toISOString() }));
}
