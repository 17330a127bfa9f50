import { getDb } from '@/lib/db';
import { getStationUptime } from '@/lib/stations/get-station-uptime';
import { UptimeChart } from './uptime-chart';

export const UPTIME_DAYS = 30;

/** Uptime over the last 30 days, from the station's connection history. */
export async function StationUptimeSection({ stationId }: { stationId: string }) {
  const uptime = await getStationUptime(getDb(), { stationId, days: UPTIME_DAYS });
  return (
    <section
      aria-labelledby="station-uptime"
      className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm"
    >
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="station-uptime" className="font-semibold">
          Uptime, last {UPTIME_DAYS} days
        </h2>
        <p className="text-sm text-slate-600">
          <span
            className="text-lg font-semibold text-slate-900 tabular-nums"
            data-testid="uptime-overall"
          >
            {(uptime.overall * 100).toFixed(1)}%
          </span>{' '}
          online (UTC days, today so far)
        </p>
      </div>
      <div className="mt-3">
        <UptimeChart uptime={uptime} />
      </div>
    </section>
  );
}
