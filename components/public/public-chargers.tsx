'use client';

import { usePublicChargers } from '@/components/hooks/use-public-chargers';
import { useRevalidateOnEvents } from '@/components/hooks/use-revalidate-on-events';
import type { TPublicSite } from '@/lib/stations/list-public-chargers';
import { PublicStation } from './public-station';

/** Chargers by site with live connector status (anyone may see availability). */
export function PublicChargers({ initial }: { initial: TPublicSite[] }) {
  const { sites, error, mutate } = usePublicChargers({ fallbackData: { sites: initial } });
  useRevalidateOnEvents(
    { types: ['station.connection', 'station.updated', 'connector.status'] },
    () => mutate(),
  );
  if (sites.length === 0) {
    return (
      <p className="rounded-xl border border-dashed border-slate-300 p-6 text-center text-slate-500">
        No chargers are listed yet.
      </p>
    );
  }
  return (
    <div className="space-y-8">
      {error && (
        <p role="alert" className="rounded-lg bg-red-50 p-3 text-sm text-red-800">
          Live status could not be refreshed: {error.message}
        </p>
      )}
      {sites.map((site) => (
        <section key={site.id ?? 'unassigned'} aria-label={site.name}>
          <h2 className="text-lg font-semibold">{site.name}</h2>
          {site.address && (
            <p className="text-sm text-slate-500">
              {site.address}, {site.city}
            </p>
          )}
          <ul className="mt-3 grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
            {site.stations.map((station) => (
              <PublicStation key={station.id} station={station} />
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
