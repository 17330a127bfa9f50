import type { Executor } from '@/db/client';
import { findActiveSessionUser } from '@/lib/auth/auth-session-store';
import { canViewLiveEvent } from '@/lib/auth/can-view-live-event';
import type { EventHub } from '@/lib/events/event-hub';
import type { TRequestUser } from './authenticate-request';

export const KEEP_ALIVE_MS = 15_000;

/**
 * Server-sent events for one viewer: each visible event as a `data:` line, a comment every
 * ~15 s so proxies keep the connection, and an end when the client goes away. A signed-in
 * viewer's auth session is re-checked on each keep-alive: after sign-out the stream ends and
 * the browser's reconnect comes back as an anonymous viewer.
 */
export function createLiveEventStream(options: {
  hub: EventHub;
  viewer: TRequestUser | null;
  db: Executor;
  signal: AbortSignal;
  keepAliveMs?: number;
}): ReadableStream<Uint8Array> {
  const { hub, viewer, db, signal } = options;
  const encoder = new TextEncoder();
  let stop = () => {};
  async function stillSignedIn(): Promise<boolean> {
    if (!viewer?.authSessionId) return true; // anonymous and API-key viewers have no session
    try {
      return (await findActiveSessionUser(db, viewer.authSessionId)) !== null;
    } catch {
      return true; // a database hiccup is not a sign-out
    }
  }
  return new ReadableStream<Uint8Array>({
    start(controller) {
      let closed = false;
      const send = (text: string) => {
        if (!closed) controller.enqueue(encoder.encode(text));
      };
      const unsubscribe = hub.subscribe((event) => {
        if (canViewLiveEvent(viewer, event)) send(`data: ${JSON.stringify(event)}\n\n`);
      });
      const timer = setInterval(() => {
        void keepAlive();
      }, options.keepAliveMs ?? KEEP_ALIVE_MS);
      stop = () => {
        if (closed) return;
        closed = true;
        clearInterval(timer);
        unsubscribe();
        signal.removeEventListener('abort', stop);
        try {
          controller.close();
        } catch {
          // already closed by the runtime after a client abort
        }
      };
      async function keepAlive() {
        if (!(await stillSignedIn())) {
          stop();
          return;
        }
        send(': keep-alive\n\n');
      }
      signal.addEventListener('abort', stop);
      // The retry hint plus a first comment flush the headers so EventSource opens at once.
      send('retry: 3000\n: connected\n\n');
    },
    cancel() {
      stop();
    },
  });
}
