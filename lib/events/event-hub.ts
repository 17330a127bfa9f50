import type postgres from 'postgres';
import { EVENTS_CHANNEL, ZLiveEvent, type LiveEvent } from './live-event';

export type EventListener = (event: LiveEvent) => void;

export interface EventHub {
  subscribe: (listener: EventListener) => () => void;
  close: () => Promise<void>;
}

/**
 * One LISTEN connection fanned out to any number of in-process subscribers (SSE streams).
 * postgres.js re-issues LISTEN after a reconnect by itself.
 */
export async function createEventHub(sql: postgres.Sql): Promise<EventHub> {
  const listeners = new Set<EventListener>();
  const subscription = await sql.listen(EVENTS_CHANNEL, (payload) => {
    let event: LiveEvent;
    try {
      event = ZLiveEvent.parse(JSON.parse(payload));
    } catch {
      return; // not ours, or from an incompatible version: ignore rather than break streams
    }
    for (const listener of listeners) listener(event);
  });
  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close: () => subscription.unlisten(),
  };
}
