import Link from 'next/link';
import { formatKwh, formatTimestamp } from '@/components/ui/format';
import { formatMinorUnits } from '@/lib/receipts/format-money';
import type { TConsoleSessionItem } from '@/lib/sessions/console-session-rows';
import { SessionStatusBadge } from './session-status-badge';

const th = 'py-1.5 pr-3 font-medium';
const td = 'py-1.5 pr-3';

/** One server-rendered page of sessions; each row links to its detail. */
export function SessionsTable({ sessions }: { sessions: TConsoleSessionItem[] }) {
  if (sessions.length === 0) {
    return <p className="text-sm text-slate-500">No sessions match these filters.</p>;
  }
  return (
    <div className="overflow-x-auto rounded-xl border border-slate-200 bg-white p-3 shadow-sm">
      <table className="w-full min-w-[52rem] text-left text-sm" aria-label="Sessions">
        <thead className="text-xs text-slate-500 uppercase">
          <tr>
            <th className={th}>Started</th>
            <th className={th}>Status</th>
            <th className={th}>Station</th>
            <th className={th}>Site</th>
            <th className={th}>Driver</th>
            <th className={th}>Id tag</th>
            <th className={`${th} text-right`}>Energy</th>
            <th className={`${th} text-right`}>Cost</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {sessions.map((s) => (
            <tr key={s.id} data-testid={`session-${s.id}`}>
              <td className={td}>
                <Link href={`/admin/sessions/${s.id}`} className="text-brand-700 underline">
                  {formatTimestamp(s.startedAt ?? s.createdAt)}
                </Link>
              </td>
              <td className={td}>
                <SessionStatusBadge status={s.status} />
              </td>
              <td className={td}>
                <Link href={`/admin/stations/${s.station.id}`} className="underline">
                  {s.station.identity}
                </Link>{' '}
                #{s.connectorId}
              </td>
              <td className={td}>{s.site?.name ?? '—'}</td>
              <td className={td}>
                {s.driver ? (
                  <Link href={`/admin/drivers/${s.driver.id}`} className="underline">
                    {s.driver.name}
                  </Link>
                ) : (
                  '—'
                )}
              </td>
              <td className={`${td} font-mono`}>{s.idTag ?? '—'}</td>
              <td className={`${td} text-right tabular-nums`}>{formatKwh(s.energyWh)}</td>
              <td className={`${td} text-right tabular-nums`}>
                {s.costMinor === null
                  ? '—'
                  : `${formatMinorUnits(s.costMinor, s.currency)} ${s.currency ?? ''}`}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
