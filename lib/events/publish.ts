import { sql } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { EVENTS_CHANNEL, type LiveEvent } from './live-event';

/**
 * Publishes after the caller's transaction has committed: call it with the pool, not inside
 * the transaction (a NOTIFY in a transaction takes a database-wide lock at commit).
 */
export async function publishEvent(db: Executor, event: LiveEvent): Promise<void> {
  await db.execute(sql`select pg_notify(${EVENTS_CHANNEL}, ${JSON.stringify(event)})`);
}

/**
 * Many events in one statement (one commit, one round trip), still one notification each, so
 * listeners see exactly what publishEvent would have sent. At thousands of charging stations
 * the one-NOTIFY-per-event path cost more than storing the meter values themselves: every
 * NOTIFY commits on its own and serialises on the database-wide notify lock.
 */
export async function publishEvents(db: Executor, events: LiveEvent[]): Promise<void> {
  if (events.length === 0) return;
  const payloads = JSON.stringify(events.map((event) => JSON.stringify(event)));
  await db.execute(
    sql`select pg_notify(${EVENTS_CHANNEL}, payload) from json_array_elements_text(${payloads}::json) as payload`,
  );
}

/**
 * For high-volume changes (meter values): at most one event per key per interval, the last one
 * winning, sent on the trailing edge so the final state is always announced.
 */
export function createCoalescingPublisher(
  publish: (event: LiveEvent) => Promise<void>,
  intervalMs = 1000,
) {
  const pending = new Map<string, LiveEvent>();
  const timers = new Map<string, NodeJS.Timeout>();

  function flush(key: string) {
    timers.delete(key);
    const event = pending.get(key);
    pending.delete(key);
    if (event) publish(event).catch(() => {});
  }

  return {
    publish(key: string, event: LiveEvent) {
      pending.set(key, event);
      if (!timers.has(key))
        timers.set(
          key,
          setTimeout(() => flush(key), intervalMs),
        );
    },
    /** Sends everything pending now (on shutdown). */
    flushAll() {
      for (const [key, timer] of timers) {
        clearTimeout(timer);
        flush(key);
      }
    },
  };
}
