import { StatCard } from '@/components/ui/stat-card';
import { formatKwh, formatPower } from '@/components/ui/format';
import type { TOverview } from '@/lib/analytics/get-overview';
import { formatMinorUnits } from '@/lib/receipts/format-money';

const money = (revenue: TOverview['revenue'], key: 'todayMinor' | 'monthMinor') =>
  revenue.length === 0
    ? '0'
    : revenue.map((r) => `${formatMinorUnits(r[key], r.currency)} ${r.currency}`).join(' · ');

/** The network's counts, energy and money; days and months are UTC. */
export function OverviewCards({ overview }: { overview: TOverview }) {
  const { stations } = overview;
  return (
    <section aria-label="Network now" className="space-y-3">
      <dl className="grid grid-cols-2 gap-2 sm:grid-cols-4 sm:gap-3">
        <StatCard
          label="Stations online"
          value={String(stations.online)}
          testId="overview-online"
        />
        <StatCard
          label="Stations offline"
          value={String(stations.offline)}
          testId="overview-offline"
        />
        <StatCard
          label="Stations faulted"
          value={String(stations.faulted)}
          hint="Station or a connector Faulted"
          testId="overview-faulted"
        />
        <StatCard
          label="Sessions in progress"
          value={String(overview.sessionsInProgress)}
          hint={`${formatPower(overview.livePowerW)} now`}
          testId="overview-sessions"
        />
        <StatCard
          label="Energy today (UTC)"
          value={formatKwh(overview.energyWh.today)}
          hint="Sessions started today, charging ones so far"
          testId="overview-energy-today"
        />
        <StatCard
          label="Energy this month (UTC)"
          value={formatKwh(overview.energyWh.month)}
          testId="overview-energy-month"
        />
        <StatCard
          label="Revenue today (UTC)"
          value={money(overview.revenue, 'todayMinor')}
          hint="Final costs of sessions finished today"
          testId="overview-revenue-today"
        />
        <StatCard
          label="Revenue this month (UTC)"
          value={money(overview.revenue, 'monthMinor')}
          testId="overview-revenue-month"
        />
      </dl>
    </section>
  );
}
