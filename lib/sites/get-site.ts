import { eq } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { sites } from '@/db/schema';
import { siteWithStationCount, toSite, type TSite } from './site-view';

/** One site with its station count, or null. */
export async function getSite(db: Executor, id: string): Promise<TSite | null> {
  const [row] = await db.select(siteWithStationCount).from(sites).where(eq(sites.id, id));
  return row ? toSite(row) : null;
}
