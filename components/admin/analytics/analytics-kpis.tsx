import { StatCard } from '@/components/ui/stat-card';
import { formatKwh } from '@/components/ui/format';
import type { TAnalytics } from '@/lib/analytics/get-analytics';

export const percent = (share: number | null) =>
  share === null ? '—' : `${(share * 100).toFixed(1)} %`;

function duration(seconds: number | null): string {
  if (seconds === null) return '—';
  const minutes = Math.round(seconds / 60);
  return minutes < 60 ? `${minutes} min` : `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}

/** The range's headline numbers. */
export function AnalyticsKpis({ analytics }: { analytics: TAnalytics }) {
  const { sessions, commandSuccess, errors } = analytics;
  const energy = analytics.energy.perDay.reduce((sum, d) => sum + d.energyWh, 0);
  return (
    <dl className="grid grid-cols-2 gap-2 sm:grid-cols-4 sm:gap-3" aria-label="Key figures">
      <StatCard
        label="Sessions"
        value={String(sessions.started)}
        hint="Started charging in the range"
        testId="kpi-sessions"
      />
      <StatCard
        label="Energy"
        value={formatKwh(energy)}
        hint="Of those sessions"
        testId="kpi-energy"
      />
      <StatCard
        label="Completion rate"
        value={percent(sessions.completionRate)}
        hint={`${sessions.ended} completed or stopped`}
        testId="kpi-completion"
      />
      <StatCard
        label="Command success"
        value={percent(commandSuccess.overall)}
        hint="Accepted ÷ finished commands"
        testId="kpi-command-success"
      />
      <StatCard
        label="Average duration"
        value={duration(sessions.averageDurationS)}
        hint="Of finished sessions"
        testId="kpi-duration"
      />
      <StatCard
        label="Average energy"
        value={sessions.averageEnergyWh === null ? '—' : formatKwh(sessions.averageEnergyWh)}
        hint="Of finished sessions"
        testId="kpi-average-energy"
      />
      <StatCard
        label="Unlocks per 100 sessions"
        value={
          sessions.unlocksPer100Sessions === null ? '—' : sessions.unlocksPer100Sessions.toFixed(1)
        }
        hint={`${sessions.unlockRequests} UnlockConnector commands`}
        testId="kpi-unlocks"
      />
      <StatCard
        label="Command error rate"
        value={percent(errors.commandErrorRate)}
        hint="Refused, timed out, offline or failed"
        testId="kpi-command-errors"
      />
    </dl>
  );
}
