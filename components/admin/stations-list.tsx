'use client';

import { useRevalidateOnEvents } from '@/components/hooks/use-revalidate-on-events';
import { useStations } from '@/components/hooks/use-stations';
import type { TPage } from '@/lib/api/pagination';
import type { TConsoleStation } from '@/lib/stations/list-stations-for-console';
import { StationCard } from './station-card';
import { STATION_STATE_EVENTS } from '@/lib/events/live-event-types';

/** Every station with live connectors; re-read when the charger side reports a change. */
export function StationsList({ firstPage }: { firstPage: TPage<TConsoleStation> }) {
  const { stations, error, mutate, hasMore, loadMore } = useStations({
    fallbackFirstPage: firstPage,
  });
  useRevalidateOnEvents(
    {
      types: STATION_STATE_EVENTS,
    },
    () => mutate(),
  );
  return (
    <section aria-labelledby="stations-heading" className="space-y-3">
      <h2 id="stations-heading" className="text-lg font-semibold">
        Stations
      </h2>
      {error && (
        <p role="alert" className="rounded-lg bg-red-50 p-3 text-sm text-red-800">
          Could not refresh stations: {error.message}
        </p>
      )}
      {stations.length === 0 ? (
        <p className="rounded-xl border border-dashed border-slate-300 p-6 text-center text-slate-500">
          No stations registered yet.
        </p>
      ) : (
        <ul className="grid gap-3 lg:grid-cols-2">
          {stations.map((station) => (
            <StationCard key={station.id} station={station} />
          ))}
        </ul>
      )}
      {hasMore && (
        <button
          type="button"
          onClick={() => void loadMore()}
          className="rounded-lg border border-slate-300 bg-white px-4 py-2 text-sm font-medium hover:bg-slate-50"
        >
          Load more stations
        </button>
      )}
    </section>
  );
}
