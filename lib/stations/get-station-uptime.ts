import { and, asc, desc, eq, gte, lt, lte } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { stationConnectionEvents } from '@/db/schema';
import { computeUptime, DAY_MS, type TUptime } from './uptime-intervals';

/** The UTC midnight `days - 1` days before `now`'s: the window is that many calendar days. */
function windowStart(now: Date, days: number): Date {
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  return new Date(today - (days - 1) * DAY_MS);
}

/**
 * A station's share of time online per UTC day over the last `days` days (today up to `now`),
 * from its connection history: two index range reads on (station_id, at).
 */
export async function getStationUptime(
  db: Executor,
  options: { stationId: string; days: number; now?: Date },
): Promise<TUptime> {
  const now = options.now ?? new Date();
  const from = windowStart(now, options.days);
  const byStation = eq(stationConnectionEvents.stationId, options.stationId);
  const [before, inWindow] = await Promise.all([
    db
      .select({ state: stationConnectionEvents.state, at: stationConnectionEvents.at })
      .from(stationConnectionEvents)
      .where(and(byStation, lt(stationConnectionEvents.at, from)))
      .orderBy(desc(stationConnectionEvents.at), desc(stationConnectionEvents.id))
      .limit(1),
    db
      .select({ state: stationConnectionEvents.state, at: stationConnectionEvents.at })
      .from(stationConnectionEvents)
      .where(
        and(byStation, gte(stationConnectionEvents.at, from), lte(stationConnectionEvents.at, now)),
      )
      .orderBy(asc(stationConnectionEvents.at), asc(stationConnectionEvents.id))
      .limit(100_000),
  ]);
  return computeUptime({ from, to: now, initial: before[0]?.state ?? 'offline', events: inWindow });
}
