/**
 * Runs tasks one at a time per key, in arrival order. ocpp-rpc hands inbound calls over
 * concurrently; serialising per station means Start, MeterValues and Stop from one charger
 * (and its connect/disconnect bookkeeping) can never race each other.
 */
export function createStationQueue() {
  const tails = new Map<string, Promise<unknown>>();

  return {
    run<T>(stationId: string, task: () => Promise<T>): Promise<T> {
      const previous = tails.get(stationId) ?? Promise.resolve();
      const result = previous.then(task);
      const tail = result.then(
        () => undefined,
        () => undefined,
      );
      tails.set(stationId, tail);
      void tail.then(() => {
        if (tails.get(stationId) === tail) tails.delete(stationId);
      });
      return result;
    },
    /** Resolves once every task queued so far has finished (used on shutdown). */
    async drain(): Promise<void> {
      while (tails.size > 0) await Promise.all(tails.values());
    },
  };
}

export type StationQueue = ReturnType<typeof createStationQueue>;
