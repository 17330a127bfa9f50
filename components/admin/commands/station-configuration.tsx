'use client';

import { useRevalidateOnEvents } from '@/components/hooks/use-revalidate-on-events';
import { useStationItems } from '@/components/hooks/use-station-items';
import { formatTimestamp } from '@/components/ui/format';
import type { TStationConfigurationKey } from '@/lib/stations/list-station-configuration';
import { ConfigurationRow } from './configuration-row';
import { QuickCommand } from './quick-command';

/** The keys the charger last reported, refreshed on demand, writable ones editable in place. */
export function StationConfiguration({
  stationId,
  initial,
}: {
  stationId: string;
  initial: TStationConfigurationKey[];
}) {
  const { items, error, mutate } = useStationItems<TStationConfigurationKey>(
    stationId,
    'configuration',
    { fallbackData: initial },
  );
  useRevalidateOnEvents({ stationId, types: ['command.completed'] }, () => mutate());
  const updatedAt = items.reduce<string | null>(
    (latest, entry) => (latest === null || entry.updatedAt > latest ? entry.updatedAt : latest),
    null,
  );
  return (
    <section
      aria-labelledby="station-configuration"
      className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm"
    >
      <div className="flex flex-wrap items-center justify-between gap-2">
        <div>
          <h2 id="station-configuration" className="font-semibold">
            Configuration
          </h2>
          {updatedAt && (
            <p className="text-xs text-slate-500">Last read {formatTimestamp(updatedAt)}</p>
          )}
        </div>
        <QuickCommand
          stationId={stationId}
          action="GetConfiguration"
          label="Refresh from charger"
          pendingLabel="Asking the charger…"
        />
      </div>
      {error && (
        <p role="alert" className="mt-2 rounded-lg bg-red-50 p-3 text-sm text-red-800">
          Could not refresh the configuration: {error.message}
        </p>
      )}
      {items.length === 0 ? (
        <p className="mt-2 text-sm text-slate-500">
          Not read yet: refresh from the charger to see its keys.
        </p>
      ) : (
        <ul className="mt-2 grid gap-x-8 lg:grid-cols-2">
          {items.map((entry) => (
            <ConfigurationRow key={entry.key} stationId={stationId} entry={entry} />
          ))}
        </ul>
      )}
    </section>
  );
}
