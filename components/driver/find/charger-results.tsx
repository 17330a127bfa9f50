import type { TChargingPoint } from '@/lib/charging-points/charging-point';
import { ChargerListItem } from './charger-list-item';
import { ChargerMap } from './charger-map';

/** Map and list side by side from 1024 px, the map above the list on phones. */
export function ChargerResults({
  points,
  origin,
}: {
  points: TChargingPoint[];
  origin: { lat: number; lng: number } | null;
}) {
  if (points.length === 0) {
    return (
      <p
        className="rounded-xl border border-dashed border-slate-300 bg-white p-6 text-center text-sm text-slate-600"
        data-testid="no-chargers"
      >
        No charger matches these filters. Try fewer filters or another city.
      </p>
    );
  }
  return (
    <div className="grid gap-4 lg:grid-cols-2 lg:items-start">
      <div className="lg:sticky lg:top-20">
        <ChargerMap points={points} origin={origin} />
      </div>
      <section aria-label="Chargers">
        <p className="mb-2 text-sm text-slate-600" role="status">
          {points.length} charger{points.length === 1 ? '' : 's'}
          {origin ? ', nearest first' : ''}
        </p>
        <ul className="space-y-3" data-testid="charger-list">
          {points.map((point) => (
            <ChargerListItem key={point.id} point={point} />
          ))}
        </ul>
      </section>
    </div>
  );
}
