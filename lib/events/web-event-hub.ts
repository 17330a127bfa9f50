import postgres from 'postgres';
import { webConfig } from '@/lib/config/web';
import { createEventHub, type EventHub } from './event-hub';

/** One LISTEN connection per web process; dev hot reloads keep it through globalThis. */
const globalForHub = globalThis as typeof globalThis & {
  chargedeckEventHub?: Promise<EventHub>;
};

/** A dedicated connection, so pool queries never queue behind the listener or vice versa. */
export function getWebEventHub(): Promise<EventHub> {
  if (!globalForHub.chargedeckEventHub) {
    const sql = postgres(webConfig().DATABASE_URL, { max: 1, onnotice: () => {} });
    const hub = createEventHub(sql);
    globalForHub.chargedeckEventHub = hub;
    // A failed first LISTEN must not be cached: the next subscriber tries again.
    hub.catch(() => {
      globalForHub.chargedeckEventHub = undefined;
      void sql.end({ timeout: 1 });
    });
  }
  return globalForHub.chargedeckEventHub;
}
