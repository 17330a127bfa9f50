import type { Executor } from '@/db/client';
import { markStaleStationsOffline } from '@/lib/stations/mark-stale-stations-offline';

/**
 * Every `intervalMs`, marks stations that have gone quiet offline, whichever node held them,
 * and reports them so 'station.connection' events go out. Runs never overlap.
 */
export function startStaleSweeper(options: {
  db: Executor;
  staleAfterS: number;
  intervalMs: number;
  onOffline: (stationIds: string[]) => void;
  onError: (error: unknown) => void;
}) {
  let running: Promise<void> | undefined;

  function sweep() {
    running ??= markStaleStationsOffline(options.db, options.staleAfterS)
      .then((ids) => {
        if (ids.length > 0) options.onOffline(ids);
      })
      .catch(options.onError)
      .finally(() => {
        running = undefined;
      });
  }

  const timer = setInterval(sweep, options.intervalMs);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
