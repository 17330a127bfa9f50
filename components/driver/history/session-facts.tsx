import { formatKwh } from '@/components/ui/format';
import {
  formatDateTime,
  formatDuration,
  STATUS_LABELS,
} from '@/components/driver/session/session-format';
import type { TSessionDetail } from '@/lib/sessions/get-session-detail';

/** Where, when and how a session ran and ended. */
export function SessionFacts({ session, timeZone }: { session: TSessionDetail; timeZone: string }) {
  const seconds =
    session.startedAt && session.stoppedAt
      ? (Date.parse(session.stoppedAt) - Date.parse(session.startedAt)) / 1000
      : null;
  const rows: [string, string][] = [
    ['Status', STATUS_LABELS[session.status]],
    ['Station', `${session.station.name} · connector ${session.connectorId}`],
    ['Site', session.site?.name ?? '—'],
    ['Requested', formatDateTime(session.createdAt, timeZone)],
    ['Started', formatDateTime(session.startedAt, timeZone)],
    ['Ended', formatDateTime(session.stoppedAt, timeZone)],
    ['Duration', seconds === null ? '—' : formatDuration(seconds)],
    ['Energy', formatKwh(session.energyWh)],
    ['Stop reason', session.stopReason ?? '—'],
  ];
  if (session.statusReason) rows.push(['Note', session.statusReason]);
  if (session.transactionId !== null) rows.push(['Transaction', String(session.transactionId)]);
  return (
    <dl className="divide-y divide-slate-100 text-sm">
      {rows.map(([label, value]) => (
        <div key={label} className="flex justify-between gap-4 py-1.5">
          <dt className="text-slate-600">{label}</dt>
          <dd className="text-right">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
