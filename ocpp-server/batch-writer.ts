export interface BatchWriter<T> {
  /** Resolves once the batch holding the item has been written. */
  add: (item: T, size?: number) => Promise<void>;
  /** Writes what is pending and waits for writes in flight. */
  close: () => Promise<void>;
}

interface Pending<T> {
  item: T;
  resolve: () => void;
  reject: (error: unknown) => void;
}

/**
 * Collects items and writes them together when `maxSize` is reached or `maxDelayMs` after the
 * first one. If a batch fails, each item is retried on its own so one bad item only fails
 * itself, not everyone who shared its batch.
 */
export function createBatchWriter<T>(options: {
  maxSize: number;
  maxDelayMs: number;
  write: (items: T[]) => Promise<void>;
}): BatchWriter<T> {
  let pending: Pending<T>[] = [];
  let pendingSize = 0;
  let timer: NodeJS.Timeout | undefined;
  let closed = false;
  const inFlight = new Set<Promise<void>>();

  async function writeBatch(batch: Pending<T>[]) {
    try {
      await options.write(batch.map((entry) => entry.item));
      for (const entry of batch) entry.resolve();
    } catch (error) {
      if (batch.length === 1) return batch[0]?.reject(error);
      for (const entry of batch) {
        await options.write([entry.item]).then(entry.resolve, entry.reject);
      }
    }
  }

  function flush() {
    clearTimeout(timer);
    timer = undefined;
    const batch = pending;
    pending = [];
    pendingSize = 0;
    if (batch.length === 0) return;
    const write = writeBatch(batch).finally(() => inFlight.delete(write));
    inFlight.add(write);
  }

  return {
    add(item, size = 1) {
      if (closed) return Promise.reject(new Error('batch writer is closed'));
      return new Promise<void>((resolve, reject) => {
        pending.push({ item, resolve, reject });
        pendingSize += size;
        if (pendingSize >= options.maxSize) flush();
        else timer ??= setTimeout(flush, options.maxDelayMs);
      });
    },
    async close() {
      closed = true;
      flush();
      while (inFlight.size > 0) await Promise.all(inFlight);
    },
  };
}
