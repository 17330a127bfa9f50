import { formatTimestamp } from '@/components/ui/format';
import type { TConsoleSessionAnomaly } from '@/lib/sessions/console-session-anomalies';
import type { TSessionCommand } from '@/lib/sessions/session-read-records';

/** The commands sent about the session, oldest first, with the charger's answer. */
export function SessionCommands({ commands }: { commands: TSessionCommand[] }) {
  if (commands.length === 0) return <p className="text-sm text-slate-500">No commands.</p>;
  return (
    <ul className="divide-y divide-slate-100 text-sm" aria-label="Session commands">
      {commands.map((c) => (
        <li key={c.id} className="flex flex-wrap gap-x-3 py-1.5">
          <span className="font-medium">{c.action}</span>
          <span>{c.ocppStatus ?? c.state}</span>
          <span className="text-slate-500">{formatTimestamp(c.createdAt)}</span>
        </li>
      ))}
    </ul>
  );
}

/** Data-quality anomalies recorded about this session or its transaction. */
export function SessionAnomalies({ anomalies }: { anomalies: TConsoleSessionAnomaly[] }) {
  if (anomalies.length === 0) return <p className="text-sm text-slate-500">No anomalies.</p>;
  return (
    <ul className="divide-y divide-slate-100 text-sm" aria-label="Session anomalies">
      {anomalies.map((a) => (
        <li key={a.id} className="py-1.5">
          <span className="font-mono text-xs text-amber-800">{a.kind}</span> {a.message}
          <span className="ml-2 text-slate-500">{formatTimestamp(a.createdAt)}</span>
        </li>
      ))}
    </ul>
  );
}
