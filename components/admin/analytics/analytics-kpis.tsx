import { formatKwh } from '@/components/ui/format';
import type { TAnalytics } from '@/lib/analytics/get-analytics';

export const percent = (share: number | null) =>
  share === null ? '—' : `${(share * 100).toFixed(1)} %`;

function duration(seconds: number | null): string {
  if (seconds === null) return '—';
  const minutes = Math.round(seconds / 60);
  return minutes < 60 ? `${minutes} min` : `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}

function Kpi({
  label,
  value,
  hint,
  testId,
}: {
  label: string;
  value: string;
  hint: string;
  testId: string;
}) {
  return (
    <div className="rounded-xl border border-slate-200 bg-white p-3 shadow-sm sm:p-4">
      <dt className="text-xs text-slate-500 sm:text-sm">{label}</dt>
      <dd className="mt-1 text-2xl font-semibold tabular-nums" data-testid={testId}>
        {value}
      </dd>
      <dd className="mt-0.5 text-xs text-slate-500">{hint}</dd>
    </div>
  );
}

/** The range's headline numbers. */
export function AnalyticsKpis({ analytics }: { analytics: TAnalytics }) {
  const { sessions, commandSuccess, errors } = analytics;
  const energy = analytics.energy.perDay.reduce((sum, d) => sum + d.energyWh, 0);
  return (
    <dl className="grid grid-cols-2 gap-2 sm:grid-cols-4 sm:gap-3" aria-label="Key figures">
      <Kpi
        label="Sessions"
        value={String(sessions.started)}
        hint="Started charging in the range"
        testId="kpi-sessions"
      />
      <Kpi label="Energy" value={formatKwh(energy)} hint="Of those sessions" testId="kpi-energy" />
      <Kpi
        label="Completion rate"
        value={percent(sessions.completionRate)}
        hint={`${sessions.ended} completed or stopped`}
        testId="kpi-completion"
      />
      <Kpi
        label="Command success"
        value={percent(commandSuccess.overall)}
        hint="Accepted ÷ finished commands"
        testId="kpi-command-success"
      />
      <Kpi
        label="Average duration"
        value={duration(sessions.averageDurationS)}
        hint="Of finished sessions"
        testId="kpi-duration"
      />
      <Kpi
        label="Average energy"
        value={sessions.averageEnergyWh === null ? '—' : formatKwh(sessions.averageEnergyWh)}
        hint="Of finished sessions"
        testId="kpi-average-energy"
      />
      <Kpi
        label="Unlocks per 100 sessions"
        value={
          sessions.unlocksPer100Sessions === null ? '—' : sessions.unlocksPer100Sessions.toFixed(1)
        }
        hint={`${sessions.unlockRequests} UnlockConnector commands`}
        testId="kpi-unlocks"
      />
      <Kpi
        label="Command error rate"
        value={percent(errors.commandErrorRate)}
        hint="Refused, timed out, offline or failed"
        testId="kpi-command-errors"
      />
    </dl>
  );
}
