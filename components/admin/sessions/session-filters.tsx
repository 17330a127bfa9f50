import Link from 'next/link';
import { sessionStatus } from '@/db/schema';
import type { TConsoleSessionFilterOptions } from '@/lib/sessions/console-session-filter-options';
import type { TConsoleSessionFilters } from '@/lib/sessions/console-session-filters';
import { consoleSessionSearch, filterDay } from './console-session-query';

const field = 'rounded-lg border border-slate-300 bg-white px-2 py-1.5 text-sm';
const label = 'flex flex-col gap-1 text-xs font-medium text-slate-600';

/** A plain GET form: the filters live in the URL, so a filtered view can be shared or reloaded. */
export function SessionFilters({
  filters,
  options,
}: {
  filters: TConsoleSessionFilters;
  options: TConsoleSessionFilterOptions;
}) {
  const exportHref = `/api/v1/sessions/export?${consoleSessionSearch(filters)}`;
  return (
    <form
      method="get"
      action="/admin/sessions"
      aria-label="Session filters"
      className="flex flex-wrap items-end gap-3 rounded-xl border border-slate-200 bg-white p-3 shadow-sm"
    >
      <label className={label}>
        Status
        <select name="status" defaultValue={filters.status?.[0] ?? ''} className={field}>
          <option value="">Any</option>
          {sessionStatus.enumValues.map((status) => (
            <option key={status} value={status}>
              {status}
            </option>
          ))}
        </select>
      </label>
      <label className={label}>
        Site
        <select name="siteId" defaultValue={filters.siteId ?? ''} className={field}>
          <option value="">Any</option>
          {options.sites.map((site) => (
            <option key={site.id} value={site.id}>
              {site.name}
            </option>
          ))}
        </select>
      </label>
      <label className={label}>
        Station
        <select name="stationId" defaultValue={filters.stationId ?? ''} className={field}>
          <option value="">Any</option>
          {options.stations.map((station) => (
            <option key={station.id} value={station.id}>
              {station.identity}
            </option>
          ))}
        </select>
      </label>
      <label className={label}>
        From
        <input
          type="date"
          name="from"
          defaultValue={filterDay(filters.from, 'from')}
          className={field}
        />
      </label>
      <label className={label}>
        To
        <input type="date" name="to" defaultValue={filterDay(filters.to, 'to')} className={field} />
      </label>
      {options.driver && (
        <p className="flex items-center gap-2 text-sm">
          <input type="hidden" name="userId" value={options.driver.id} />
          Driver: <span className="font-medium">{options.driver.name}</span>
        </p>
      )}
      <button
        type="submit"
        className="bg-brand-600 hover:bg-brand-700 rounded-lg px-3 py-1.5 text-sm font-medium text-white"
      >
        Filter
      </button>
      <Link href="/admin/sessions" className="text-sm text-slate-600 underline">
        Clear
      </Link>
      <a href={exportHref} className="text-brand-700 ml-auto text-sm font-medium underline">
        Export CSV
      </a>
    </form>
  );
}
