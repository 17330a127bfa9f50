import { sql } from 'drizzle-orm';
import type { Executor } from '@/db/client';

export interface LiveConnection {
  stationId: string;
  connectionId: string;
}

/**
 * One statement for many stations. Only rows still held by the given socket are touched;
 * returns the station ids that were, so the caller can notice a socket it holds whose row
 * was released (e.g. by the stale sweeper during a stall) and claim it again.
 */
export async function touchStationsLastSeen(
  db: Executor,
  connections: LiveConnection[],
): Promise<Set<string>> {
  if (connections.length === 0) return new Set();
  const values = sql.join(
    connections.map((c) => sql`(${c.stationId}::uuid, ${c.connectionId}::uuid)`),
    sql`, `,
  );
  const rows = await db.execute<{ id: string }>(sql`
    update stations s set last_seen_at = now()
    from (values ${values}) as v(station_id, connection_id)
    where s.id = v.station_id and s.connection_id = v.connection_id
    returning s.id`);
  return new Set(rows.map((row) => row.id));
}
