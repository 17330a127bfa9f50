import { LineChart } from '@/components/ui/charts/line-chart';
import { formatPower } from '@/components/ui/format';
import { getOverview } from '@/lib/analytics/get-overview';
import { getDb } from '@/lib/db';
import { OverviewCards } from './overview-cards';
import { OverviewProblems } from './overview-problems';

/** The overview's server half: read once per render; OverviewLiveRefresh re-renders it on events. */
export async function OverviewSection() {
  const overview = await getOverview(getDb());
  const points = overview.powerSeries.map((p) => ({ x: Date.parse(p.at), y: p.kw }));
  return (
    <>
      <OverviewCards overview={overview} />
      <section
        aria-label="Network power"
        className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm"
      >
        <div className="flex items-baseline justify-between gap-2">
          <h2 className="font-semibold">Network power, last 24 h</h2>
          <span className="text-sm text-slate-600" data-testid="overview-live-power">
            Live: {formatPower(overview.livePowerW)}
          </span>
        </div>
        {/* The chart scales with its width: keep its labels at a readable size on wide screens. */}
        <div className="max-w-2xl">
          <LineChart
            points={points}
            label="Average power per 15 minutes (UTC)"
            unit="kW"
            emptyText="No charging in the last 24 hours."
          />
        </div>
      </section>
      <OverviewProblems overview={overview} />
    </>
  );
}
