import { BarChart } from '@/components/ui/charts/bar-chart';
import type { TAnalyticsRange } from '@/lib/analytics/analytics-range';
import { getAnalytics } from '@/lib/analytics/get-analytics';
import { getDb } from '@/lib/db';
import { AnalyticsKpis } from './analytics-kpis';
import { CommandSuccessTable, EnergyPerSiteTable, ErrorsByType } from './analytics-tables';
import { ChartCard } from './csv-link';
import { UtilisationBars } from './utilisation-bars';

/** Every KPI of the range: numbers, charts where they read better, each with its CSV. */
export async function AnalyticsSection({ range }: { range: TAnalyticsRange }) {
  const analytics = await getAnalytics(getDb(), range);
  const perDay = analytics.energy.perDay.map((d) => ({ label: d.day, value: d.energyWh / 1000 }));
  return (
    <>
      <AnalyticsKpis analytics={analytics} />
      <div className="grid gap-4 lg:grid-cols-2">
        <ChartCard title="Energy per day (UTC)" kind="energy-per-day" range={range}>
          <BarChart bars={perDay} label="Energy per day of session start" unit="kWh" />
        </ChartCard>
        <ChartCard title="Energy per site" kind="energy-per-site" range={range}>
          <EnergyPerSiteTable analytics={analytics} />
        </ChartCard>
      </div>
      <ChartCard title="Utilisation per connector" kind="utilisation" range={range}>
        <UtilisationBars analytics={analytics} />
      </ChartCard>
      <div className="grid gap-4 lg:grid-cols-2">
        <ChartCard title="Command success by action" kind="command-success" range={range}>
          <CommandSuccessTable analytics={analytics} />
        </ChartCard>
        <ChartCard title="Errors by type" kind="errors" range={range}>
          <ErrorsByType analytics={analytics} />
        </ChartCard>
      </div>
    </>
  );
}
