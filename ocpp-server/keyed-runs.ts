/**
 * One run per key at a time: a trigger while its key runs makes exactly one more run after it
 * (with the latest arguments), so a burst of triggers costs at most two runs. Errors are handed
 * to `onError`; `drain()` refuses new triggers (pending reruns included) and waits for the runs.
 */
export function createKeyedRuns<A>(
  keyOf: (args: A) => string,
  run: (args: A) => Promise<unknown>,
  onError: (error: unknown) => void,
) {
  const running = new Map<string, Promise<void>>();
  const again = new Map<string, A>();
  let closed = false;

  function trigger(args: A): void {
    if (closed) return;
    const key = keyOf(args);
    if (running.has(key)) {
      again.set(key, args);
      return;
    }
    const current = run(args)
      .then(() => undefined)
      .catch(onError)
      .finally(() => {
        running.delete(key);
        const next = again.get(key);
        if (next !== undefined) {
          again.delete(key);
          trigger(next);
        }
      });
    running.set(key, current);
  }

  return {
    trigger,
    /** Stops new triggers and reruns, and waits for what runs to finish. */
    async drain(): Promise<void> {
      closed = true;
      while (running.size > 0) await Promise.all(running.values());
    },
  };
}

/**
 * Runs `sweep` every `intervalMs`, never two at once; `stop()` waits for one in progress.
 * The timer does not keep the process alive.
 */
export function startPeriodicSweep(
  intervalMs: number,
  sweep: () => Promise<void>,
  onError: (error: unknown) => void,
) {
  let sweeping: Promise<void> | undefined;
  const timer = setInterval(() => {
    sweeping ??= sweep()
      .catch(onError)
      .finally(() => {
        sweeping = undefined;
      });
  }, intervalMs);
  timer.unref();
  return {
    async stop(): Promise<void> {
      clearInterval(timer);
      await sweeping;
    },
  };
}
