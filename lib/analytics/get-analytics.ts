import type { Executor } from '@/db/client';
import type { TAnalyticsRange } from './analytics-range';
import { countCommandsByAction } from './count-commands-by-action';
import { countErrorsByType } from './count-errors-by-type';
import { getConnectorUtilisation } from './get-connector-utilisation';
import { getSessionStats } from './get-session-stats';
import { average, commandSuccessRate, per100, sessionCompletionRate } from './kpis';
import { sumEnergy } from './sum-energy';

export type TAnalytics = Awaited<ReturnType<typeof getAnalytics>>;

/**
 * Every analytics KPI for [from, to) and optionally one site. SQL aggregates the counts and sums;
 * the ratios come from the pure functions in kpis.ts. Days are UTC; sessions count in the range
 * they started in, commands, messages and anomalies by when they were created.
 */
export async function getAnalytics(db: Executor, range: TAnalyticsRange & { now?: Date }) {
  const now = range.now ?? new Date();
  const [commands, sessions, errors, energy, utilisation] = await Promise.all([
    countCommandsByAction(db, range),
    getSessionStats(db, range),
    countErrorsByType(db, range),
    sumEnergy(db, range),
    getConnectorUtilisation(db, range, now),
  ]);
  const total = (key: 'refused' | 'timeout' | 'offline' | 'failed') =>
    commands.reduce((sum, row) => sum + row[key], 0);
  const finished = commands.reduce((sum, row) => sum + row.finished, 0);
  const accepted = commands.reduce((sum, row) => sum + row.accepted, 0);
  return {
    from: range.from.toISOString(),
    to: range.to.toISOString(),
    siteId: range.siteId ?? null,
    commandSuccess: {
      overall: commandSuccessRate(accepted, finished),
      byAction: commands.map((row) => ({
        action: row.action,
        finished: row.finished,
        accepted: row.accepted,
        rate: commandSuccessRate(row.accepted, row.finished),
      })),
    },
    sessions: {
      started: sessions.started,
      ended: sessions.ended,
      completionRate: sessionCompletionRate(sessions.ended, sessions.started),
      averageDurationS: average(sessions.durationTotalS, sessions.ended),
      averageEnergyWh: average(sessions.energyTotalWh, sessions.ended),
      unlockRequests: sessions.unlockRequests,
      unlocksPer100Sessions: per100(sessions.unlockRequests, sessions.started),
    },
    errors: {
      chargerErrors: errors.chargerErrors,
      commands: {
        rejected: total('refused'),
        timeout: total('timeout'),
        offline: total('offline'),
        failed: total('failed'),
      },
      commandErrorRate: finished > 0 ? (finished - accepted) / finished : null,
      anomalies: errors.anomalies,
    },
    energy: energy,
    utilisation,
  };
}
