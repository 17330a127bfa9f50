'use client';

import { useRevalidateOnEvents } from '@/components/hooks/use-revalidate-on-events';
import { useStationItems } from '@/components/hooks/use-station-items';
import { formatTimestamp } from '@/components/ui/format';
import type { TStationReservation } from '@/lib/stations/list-station-reservations';
import { QuickCommand } from './quick-command';

/** Reservations holding a connector now, each with a cancel button (CancelReservation). */
export function StationReservations({
  stationId,
  initial,
}: {
  stationId: string;
  initial: TStationReservation[];
}) {
  const { items, error, mutate } = useStationItems<TStationReservation>(stationId, 'reservations', {
    fallbackData: initial,
  });
  useRevalidateOnEvents(
    { stationId, types: ['command.completed', 'connector.status', 'session.started'] },
    () => mutate(),
  );
  return (
    <section
      aria-labelledby="station-reservations"
      className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm"
    >
      <h2 id="station-reservations" className="font-semibold">
        Reservations
      </h2>
      {error && (
        <p role="alert" className="mt-2 rounded-lg bg-red-50 p-3 text-sm text-red-800">
          Could not refresh reservations: {error.message}
        </p>
      )}
      {items.length === 0 ? (
        <p className="mt-2 text-sm text-slate-500">No active reservations.</p>
      ) : (
        <ul className="mt-2 divide-y divide-slate-100">
          {items.map((r) => (
            <li
              key={r.id}
              className="flex flex-wrap items-center justify-between gap-2 py-2 text-sm"
              data-testid="reservation"
            >
              <span>
                <span className="font-mono">#{r.id}</span> · connector{' '}
                {r.connectorId === 0 ? 'any' : r.connectorId} · tag{' '}
                <span className="font-mono">{r.idTag}</span>
                <span className="block text-xs text-slate-500">
                  until {formatTimestamp(r.expiresAt)}
                </span>
              </span>
              <QuickCommand
                stationId={stationId}
                action="CancelReservation"
                fields={{ reservationId: String(r.id) }}
                label="Cancel"
              />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
