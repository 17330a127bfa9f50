import type { TAnalyticsRange } from '@/lib/analytics/analytics-range';
import { rangeDays } from './analytics-search';

/**
 * Date range and site as a plain GET form: the filters live in the URL, and it works before
 * any JavaScript has loaded.
 */
export function AnalyticsFilters({
  range,
  sites,
}: {
  range: TAnalyticsRange;
  sites: { id: string; name: string }[];
}) {
  const days = rangeDays(range);
  const field = 'mt-1 block rounded-lg border border-slate-300 px-2 py-1.5 text-sm';
  return (
    <form method="get" className="flex flex-wrap items-end gap-3" aria-label="Analytics filters">
      <label className="text-sm text-slate-700">
        From (UTC)
        <input type="date" name="from" defaultValue={days.from} className={field} required />
      </label>
      <label className="text-sm text-slate-700">
        To (UTC, inclusive)
        <input type="date" name="to" defaultValue={days.to} className={field} required />
      </label>
      <label className="text-sm text-slate-700">
        Site
        <select name="siteId" defaultValue={range.siteId ?? ''} className={field}>
          <option value="">All sites</option>
          {sites.map((site) => (
            <option key={site.id} value={site.id}>
              {site.name}
            </option>
          ))}
        </select>
      </label>
      <button
        type="submit"
        className="bg-brand-600 hover:bg-brand-700 rounded-lg px-3 py-1.5 text-sm font-medium text-white"
      >
        Show
      </button>
    </form>
  );
}
