import type { TAnalytics } from '@/lib/analytics/get-analytics';
import { percent } from './analytics-kpis';

/** The busiest connectors shown; the CSV carries them all. */
const SHOWN = 25;

/** Utilisation per connector as horizontal bars, busiest first (labels stay readable). */
export function UtilisationBars({ analytics }: { analytics: TAnalytics }) {
  const rows = analytics.utilisation;
  if (rows.length === 0) return <p className="text-sm text-slate-500">No connectors.</p>;
  return (
    <div>
      <ul className="space-y-1.5" data-testid="utilisation-bars">
        {rows.slice(0, SHOWN).map((row) => (
          <li
            key={`${row.stationId}-${row.connectorId}`}
            className="grid grid-cols-[10rem_1fr_4rem] items-center gap-2 text-sm"
          >
            <span className="truncate" title={row.stationName}>
              {row.stationName} #{row.connectorId}
            </span>
            <span className="h-3 rounded bg-slate-100" aria-hidden="true">
              <span
                className="bg-brand-600 block h-3 rounded"
                style={{ width: `${(row.share * 100).toFixed(2)}%` }}
              />
            </span>
            <span className="text-right tabular-nums">{percent(row.share)}</span>
          </li>
        ))}
      </ul>
      {rows.length > SHOWN && (
        <p className="mt-2 text-xs text-slate-500">
          The {SHOWN} busiest of {rows.length} connectors; the CSV has all of them.
        </p>
      )}
    </div>
  );
}
