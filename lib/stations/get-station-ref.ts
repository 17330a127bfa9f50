import { eq } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { stations } from '@/db/schema';

export interface TStationRef {
  id: string;
  identity: string;
  name: string;
}

/** Just enough of a station to name it, or null when there is no such station. */
export async function getStationRef(db: Executor, id: string): Promise<TStationRef | null> {
  const [row] = await db
    .select({ id: stations.id, identity: stations.identity, name: stations.name })
    .from(stations)
    .where(eq(stations.id, id));
  return row ?? null;
}
