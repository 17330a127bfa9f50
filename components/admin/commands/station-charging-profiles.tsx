'use client';

import { useRevalidateOnEvents } from '@/components/hooks/use-revalidate-on-events';
import { useStationItems } from '@/components/hooks/use-station-items';
import { formatTimestamp } from '@/components/ui/format';
import type { TStationChargingProfile } from '@/lib/stations/list-station-charging-profiles';
import { QuickCommand } from './quick-command';

/** The charging profiles installed on the charger now, each removable by its id. */
export function StationChargingProfiles({
  stationId,
  initial,
}: {
  stationId: string;
  initial: TStationChargingProfile[];
}) {
  const { items, error, mutate } = useStationItems<TStationChargingProfile>(
    stationId,
    'charging-profiles',
    { fallbackData: initial },
  );
  useRevalidateOnEvents({ stationId, types: ['command.completed', 'session.stopped'] }, () =>
    mutate(),
  );
  return (
    <section
      aria-labelledby="station-charging-profiles"
      className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm"
    >
      <h2 id="station-charging-profiles" className="font-semibold">
        Charging profiles
      </h2>
      {error && (
        <p role="alert" className="mt-2 rounded-lg bg-red-50 p-3 text-sm text-red-800">
          Could not refresh charging profiles: {error.message}
        </p>
      )}
      {items.length === 0 ? (
        <p className="mt-2 text-sm text-slate-500">No charging profiles installed.</p>
      ) : (
        <ul className="mt-2 divide-y divide-slate-100">
          {items.map((p) => (
            <li key={p.id} className="py-2 text-sm" data-testid="charging-profile">
              <div className="flex flex-wrap items-center justify-between gap-2">
                <span>
                  <span className="font-mono">#{p.chargingProfileId}</span> · {p.purpose} · {p.kind}{' '}
                  · stack {p.stackLevel} · connector {p.connectorId === 0 ? 'all' : p.connectorId}
                  <span className="block text-xs text-slate-500">
                    set {formatTimestamp(p.setAt)}
                  </span>
                </span>
                <QuickCommand
                  stationId={stationId}
                  action="ClearChargingProfile"
                  fields={{ id: String(p.chargingProfileId) }}
                  label="Clear"
                />
              </div>
              <details className="mt-1">
                <summary className="cursor-pointer text-xs text-slate-500">Profile</summary>
                <pre className="mt-1 max-h-60 overflow-auto rounded-lg bg-slate-900 p-2 text-xs text-slate-100">
                  {JSON.stringify(p.profile, null, 2)}
                </pre>
              </details>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
