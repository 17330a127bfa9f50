import { and, eq, isNull, lt, or, sql } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { stations } from '@/db/schema';

/**
 * Marks 'online' stations not heard from for `staleAfterS` offline, whichever node held them:
 * covers missed heartbeats and nodes that died without closing. Compares against the
 * database clock, which also stamps last_seen_at. Returns the ids that went offline.
 */
export async function markStaleStationsOffline(
  db: Executor,
  staleAfterS: number,
): Promise<string[]> {
  const cutoff = sql`now() - make_interval(secs => ${staleAfterS})`;
  const rows = await db
    .update(stations)
    .set({ connectionState: 'offline', nodeId: null, connectionId: null })
    .where(
      and(
        eq(stations.connectionState, 'online'),
        or(isNull(stations.lastSeenAt), lt(stations.lastSeenAt, cutoff)),
      ),
    )
    .returning({ id: stations.id });
  return rows.map((row) => row.id);
}
