import type { LiveEvent } from '@/lib/events/live-event';
import { isLiveEvent } from '@/lib/events/live-event-types';

export interface TLiveEventListener {
  onEvent: (event: LiveEvent) => void;
  /** The stream was down for a while: events may have been missed, re-read everything. */
  onResync: () => void;
}

const MAX_RETRY_MS = 30_000;
const listeners = new Set<TLiveEventListener>();
let source: EventSource | null = null;
let retryTimer: ReturnType<typeof setTimeout> | null = null;
let retryMs = 1_000;

/**
 * One EventSource per tab shared by every subscriber (browsers allow few connections per
 * host). EventSource retries dropped connections itself; when it gives up (an error answer),
 * reopen with backoff.
 */
function open() {
  const es = new EventSource('/api/v1/events');
  source = es;
  es.onopen = () => {
    retryMs = 1_000;
    // Whatever was rendered before the stream (re)opened may have missed events: the server
    // rendered the page, then the browser took a moment to connect. Re-read once.
    for (const listener of listeners) listener.onResync();
  };
  es.onmessage = (message: MessageEvent<string>) => {
    let event: unknown;
    try {
      event = JSON.parse(message.data);
    } catch {
      return;
    }
    if (!isLiveEvent(event)) return;
    for (const listener of listeners) listener.onEvent(event);
  };
  es.onerror = () => {
    if (es.readyState !== EventSource.CLOSED) return;
    es.close();
    source = null;
    retryTimer = setTimeout(() => {
      retryTimer = null;
      if (listeners.size > 0) open();
    }, retryMs);
    retryMs = Math.min(retryMs * 2, MAX_RETRY_MS);
  };
}

export function subscribeLiveEvents(listener: TLiveEventListener): () => void {
  listeners.add(listener);
  if (!source && !retryTimer) open();
  return () => {
    listeners.delete(listener);
    if (listeners.size > 0) return;
    source?.close();
    source = null;
    if (retryTimer) clearTimeout(retryTimer);
    retryTimer = null;
  };
}
