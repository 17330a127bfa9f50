import { eq } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { sites } from '@/db/schema';
import { getSite } from './get-site';
import type { TUpdateSiteRequest } from './site-requests';
import type { TSite } from './site-view';
import { unknownTariffError } from './unknown-tariff-error';

/** Changes the given fields of a site; null when there is no such site. */
export async function updateSite(
  db: Executor,
  id: string,
  changes: TUpdateSiteRequest,
): Promise<TSite | null> {
  if (Object.keys(changes).length > 0) {
    try {
      const updated = await db
        .update(sites)
        .set(changes)
        .where(eq(sites.id, id))
        .returning({ id: sites.id });
      if (updated.length === 0) return null;
    } catch (error) {
      throw unknownTariffError(error);
    }
  }
  return getSite(db, id);
}
