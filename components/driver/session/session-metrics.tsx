import type { ReactNode } from 'react';
import { formatKwh, formatPower } from '@/components/ui/format';
import type { TSessionDetail } from '@/lib/sessions/get-session-detail';
import { ElapsedClock } from './elapsed-clock';
import { formatMoney } from './session-format';

function Metric({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="rounded-lg bg-slate-50 p-3">
      <dt className="text-xs text-slate-600">{label}</dt>
      <dd className="mt-0.5 text-lg font-semibold tabular-nums">{children}</dd>
    </div>
  );
}

/** Energy, power, SoC, time and cost: the numbers a driver watches while charging. */
export function SessionMetrics({ session }: { session: TSessionDetail }) {
  const running = session.status === 'CHARGING';
  const total = session.cost ? formatMoney(session.cost.total, session.cost.currency) : null;
  return (
    <dl className="grid grid-cols-2 gap-2 sm:grid-cols-3">
      <Metric label="Energy">{formatKwh(session.energyWh)}</Metric>
      {running && <Metric label="Power">{formatPower(session.lastPowerW)}</Metric>}
      {session.socPercent !== null && (
        <Metric label="Battery">{Math.round(session.socPercent)} %</Metric>
      )}
      {session.startedAt && (
        <Metric label={running ? 'Elapsed' : 'Duration'}>
          <ElapsedClock startedAt={session.startedAt} stoppedAt={session.stoppedAt} />
        </Metric>
      )}
      <Metric label={running ? 'Cost so far' : 'Total cost'}>
        {total ?? (session.startedAt ? 'No tariff' : '—')}
      </Metric>
    </dl>
  );
}
