import { and, desc, eq, sql } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { commands } from '@/db/schema';

/** Tags changed this close before a push are sent again: a repeated entry is harmless, a missed one is not. */
const OVERLAP_MS = 5_000;

/**
 * When the list a station holds was built: the accepted SendLocalList that set its current
 * version. Null when the station holds no list we sent (unknown, 0, -1 or set by someone else),
 * so a differential update cannot be computed and a full one is needed.
 */
export async function getLocalListBaseline(
  db: Executor,
  station: { id: string; localListVersion: number | null },
): Promise<Date | null> {
  if (station.localListVersion === null || station.localListVersion <= 0) return null;
  const [row] = await db
    .select({ createdAt: commands.createdAt })
    .from(commands)
    .where(
      and(
        eq(commands.stationId, station.id),
        eq(commands.action, 'SendLocalList'),
        eq(commands.ocppStatus, 'Accepted'),
        sql`(${commands.request}->>'listVersion')::int = ${station.localListVersion}`,
      ),
    )
    .orderBy(desc(commands.createdAt))
    .limit(1);
  return row ? new Date(row.createdAt.getTime() - OVERLAP_MS) : null;
}
