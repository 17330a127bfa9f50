import type { LiveConnection } from '@/lib/stations/touch-stations-last-seen';

/**
 * Keeps stations.last_seen_at fresh from inbound frames and answered pings without a write per
 * frame: at most one touch per connection per `throttleMs`, written together about a second
 * later. A touch that finds the row no longer held by the socket reports it as lost.
 */
export function createLastSeenTracker(options: {
  throttleMs: number;
  flushDelayMs?: number;
  touch: (connections: LiveConnection[]) => Promise<Set<string>>;
  onLost: (connection: LiveConnection) => void;
  onError: (error: unknown) => void;
}) {
  const lastTouched = new Map<string, number>();
  const pending = new Map<string, LiveConnection>();
  let timer: NodeJS.Timeout | undefined;

  async function flush() {
    timer = undefined;
    const batch = [...pending.values()];
    pending.clear();
    try {
      const touched = await options.touch(batch);
      for (const connection of batch) {
        if (!touched.has(connection.stationId)) options.onLost(connection);
      }
    } catch (error) {
      options.onError(error);
    }
  }

  return {
    /** The connection was just recorded as online, which stamped last_seen_at already. */
    start(connection: LiveConnection) {
      lastTouched.set(connection.connectionId, Date.now());
    },
    seen(connection: LiveConnection) {
      const now = Date.now();
      const last = lastTouched.get(connection.connectionId);
      if (last !== undefined && now - last < options.throttleMs) return;
      lastTouched.set(connection.connectionId, now);
      pending.set(connection.stationId, connection);
      timer ??= setTimeout(() => void flush(), options.flushDelayMs ?? 1000);
    },
    forget(connection: LiveConnection) {
      lastTouched.delete(connection.connectionId);
      if (pending.get(connection.stationId)?.connectionId === connection.connectionId) {
        pending.delete(connection.stationId);
      }
    },
    stop() {
      clearTimeout(timer);
      timer = undefined;
      pending.clear();
    },
  };
}

export type LastSeenTracker = ReturnType<typeof createLastSeenTracker>;
