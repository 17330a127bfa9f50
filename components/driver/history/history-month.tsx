import Link from 'next/link';
import { formatKwh } from '@/components/ui/format';
import {
  formatDateTime,
  formatDuration,
  formatMoney,
  STATUS_LABELS,
} from '@/components/driver/session/session-format';
import type { THistoryMonth } from '@/lib/drivers/list-session-history';

function monthName(month: string): string {
  const [year = 1970, index = 1] = month.split('-').map(Number);
  return new Intl.DateTimeFormat('en-GB', {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(Date.UTC(year, index - 1, 1));
}

/** One month: its totals (the whole month under the filters) and its sessions on this page. */
export function HistoryMonth({ month, timeZone }: { month: THistoryMonth; timeZone: string }) {
  const { totals } = month;
  const headingId = `month-${month.month}`;
  return (
    <section aria-labelledby={headingId} className="space-y-2">
      <div className="rounded-xl bg-slate-100 p-3">
        <h2 id={headingId} className="font-semibold">
          {monthName(month.month)}
        </h2>
        <dl className="mt-1 grid grid-cols-2 gap-x-4 gap-y-1 text-sm sm:grid-cols-4">
          <div>
            <dt className="text-xs text-slate-600">Sessions</dt>
            <dd className="font-medium tabular-nums">{totals.sessions}</dd>
          </div>
          <div>
            <dt className="text-xs text-slate-600">Energy</dt>
            <dd className="font-medium tabular-nums">{formatKwh(totals.energyWh)}</dd>
          </div>
          <div>
            <dt className="text-xs text-slate-600">Cost</dt>
            <dd className="font-medium tabular-nums">
              {totals.currency ? formatMoney(totals.costMinor, totals.currency) : 'Free'}
            </dd>
          </div>
          <div>
            <dt className="text-xs text-slate-600">Time charging</dt>
            <dd className="font-medium tabular-nums">{formatDuration(totals.durationSeconds)}</dd>
          </div>
        </dl>
      </div>
      <ul className="divide-y divide-slate-100 rounded-xl border border-slate-200 bg-white">
        {month.items.map((item) => (
          <li key={item.id}>
            <Link
              href={`/history/${item.id}`}
              className="flex items-start justify-between gap-3 p-3 hover:bg-slate-50"
            >
              <span className="min-w-0">
                <span className="block truncate font-medium">{item.station.name}</span>
                <span className="block text-xs text-slate-600">
                  {formatDateTime(item.startedAt, timeZone)}
                </span>
                <span className="block text-xs text-slate-600">
                  {[item.site?.city, item.vehicle && `${item.vehicle.make} ${item.vehicle.model}`]
                    .filter(Boolean)
                    .join(' · ')}
                  {item.status !== 'COMPLETED' && ` · ${STATUS_LABELS[item.status]}`}
                </span>
              </span>
              <span className="shrink-0 text-right text-sm tabular-nums">
                <span className="block font-medium">
                  {item.costMinor === null ? '—' : formatMoney(item.costMinor, item.currency)}
                </span>
                <span className="block text-xs text-slate-600">{formatKwh(item.energyWh)}</span>
                <span className="block text-xs text-slate-600">
                  {formatDuration(item.durationSeconds)}
                </span>
              </span>
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
