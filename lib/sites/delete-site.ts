import { count, eq } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { sites, stations } from '@/db/schema';

export type TDeleteSiteResult = 'deleted' | 'not_found' | 'has_stations';

/**
 * Deletes a site that no station belongs to. The site row is locked first: a station being
 * placed at it holds a key-share lock on it, so the count below sees every committed station.
 */
export async function deleteSite(db: Database, id: string): Promise<TDeleteSiteResult> {
  return db.transaction(async (tx) => {
    const [site] = await tx
      .select({ id: sites.id })
      .from(sites)
      .where(eq(sites.id, id))
      .for('update');
    if (!site) return 'not_found';
    const [placed] = await tx.select({ n: count() }).from(stations).where(eq(stations.siteId, id));
    if ((placed?.n ?? 0) > 0) return 'has_stations';
    await tx.delete(sites).where(eq(sites.id, id));
    return 'deleted';
  });
}
