import type { Executor } from '@/db/client';
import { sites } from '@/db/schema';
import type { TCreateSiteRequest } from './site-requests';
import { toSite, type TSite } from './site-view';
import { unknownTariffError } from './unknown-tariff-error';

/** Adds a site; an unknown tariffId is a 422 naming the field. */
export async function createSite(db: Executor, input: TCreateSiteRequest): Promise<TSite> {
  try {
    const [site] = await db.insert(sites).values(input).returning();
    return toSite({ site: site!, stationCount: 0 });
  } catch (error) {
    throw unknownTariffError(error);
  }
}
