import Link from 'next/link';
import { formatKwh, formatTimestamp } from '@/components/ui/format';
import type { TStationSession } from '@/lib/stations/get-station-detail';

/** The latest sessions, newest first, those in progress highlighted; each opens its detail. */
export function StationSessions({ sessions }: { sessions: TStationSession[] }) {
  const current = sessions.filter((s) => !s.stoppedAt).length;
  return (
    <section
      aria-labelledby="station-sessions"
      className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm"
    >
      <h2 id="station-sessions" className="font-semibold">
        Current and recent sessions
        {current > 0 && (
          <span className="ml-2 text-sm font-normal text-emerald-700">{current} in progress</span>
        )}
      </h2>
      {sessions.length === 0 ? (
        <p className="mt-2 text-sm text-slate-500">No sessions yet.</p>
      ) : (
        <div className="mt-3 overflow-x-auto">
          <table className="w-full min-w-[36rem] text-left text-sm">
            <thead className="text-xs text-slate-500 uppercase">
              <tr>
                <th className="py-1 pr-3 font-medium">Transaction</th>
                <th className="py-1 pr-3 font-medium">Connector</th>
                <th className="py-1 pr-3 font-medium">Status</th>
                <th className="py-1 pr-3 font-medium">Started</th>
                <th className="py-1 pr-3 font-medium">Stopped</th>
                <th className="py-1 text-right font-medium">Energy</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {sessions.map((s) => (
                <tr key={s.id} className={s.stoppedAt ? undefined : 'bg-emerald-50/50'}>
                  <td className="py-1.5 pr-3 font-mono">
                    <Link
                      href={`/admin/sessions/${s.id}`}
                      className="text-brand-700 hover:underline"
                    >
                      {s.transactionId ?? 'Open'}
                    </Link>
                  </td>
                  <td className="py-1.5 pr-3">#{s.connectorId}</td>
                  <td className="py-1.5 pr-3">{s.status}</td>
                  <td className="py-1.5 pr-3">{formatTimestamp(s.startedAt)}</td>
                  <td className="py-1.5 pr-3">
                    {s.stoppedAt ? formatTimestamp(s.stoppedAt) : '—'}
                  </td>
                  <td className="py-1.5 text-right tabular-nums">{formatKwh(s.energyWh)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
