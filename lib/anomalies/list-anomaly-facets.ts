import { asc, eq } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { anomalies, stations } from '@/db/schema';

export interface TAnomalyFacets {
  kinds: string[];
  stations: { id: string; name: string; identity: string }[];
}

/** The kinds and stations that have anomalies at all: the data-quality page's filter choices. */
export async function listAnomalyFacets(db: Executor): Promise<TAnomalyFacets> {
  const [kinds, withAnomalies] = await Promise.all([
    db.selectDistinct({ kind: anomalies.kind }).from(anomalies).orderBy(asc(anomalies.kind)),
    db
      .selectDistinct({ id: stations.id, name: stations.name, identity: stations.identity })
      .from(stations)
      .innerJoin(anomalies, eq(anomalies.stationId, stations.id))
      .orderBy(asc(stations.name), asc(stations.identity), asc(stations.id)),
  ]);
  return { kinds: kinds.map((row) => row.kind), stations: withAnomalies };
}
