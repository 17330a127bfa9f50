import { eq } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { stations } from '@/db/schema';

/** The ids of a site's stations: what a site view listens to on the live event stream. */
export async function listSiteStationIds(db: Executor, siteId: string): Promise<string[]> {
  const rows = await db
    .select({ id: stations.id })
    .from(stations)
    .where(eq(stations.siteId, siteId));
  return rows.map((row) => row.id);
}
