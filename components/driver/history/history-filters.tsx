import Link from 'next/link';
import type { TSite } from '@/lib/sites/site-view';
import type { TVehicle } from '@/lib/vehicles/vehicle-view';
import type { THistoryPageQuery } from './history-query';

const FIELD =
  'mt-1 block w-full rounded-lg border border-slate-300 bg-white px-3 py-2 text-sm text-slate-900';

/** A plain GET form: the filters live in the URL, so a filtered view can be shared or reloaded. */
export function HistoryFilters({
  query,
  vehicles,
  sites,
}: {
  query: THistoryPageQuery;
  vehicles: TVehicle[];
  sites: TSite[];
}) {
  return (
    <form
      method="get"
      action="/history"
      aria-label="Filter history"
      className="grid grid-cols-2 gap-3 rounded-xl border border-slate-200 bg-white p-3 sm:grid-cols-3"
    >
      <label className="text-sm font-medium text-slate-700">
        From
        <input type="date" name="from" defaultValue={query.from} className={FIELD} />
      </label>
      <label className="text-sm font-medium text-slate-700">
        To
        <input type="date" name="to" defaultValue={query.to} className={FIELD} />
      </label>
      <label className="text-sm font-medium text-slate-700">
        Vehicle
        <select name="vehicle" defaultValue={query.vehicle ?? ''} className={FIELD}>
          <option value="">Any vehicle</option>
          {vehicles.map((vehicle) => (
            <option key={vehicle.id} value={vehicle.id}>
              {vehicle.make} {vehicle.model}
            </option>
          ))}
        </select>
      </label>
      <label className="text-sm font-medium text-slate-700">
        Site
        <select name="site" defaultValue={query.site ?? ''} className={FIELD}>
          <option value="">Any site</option>
          {sites.map((site) => (
            <option key={site.id} value={site.id}>
              {site.name} ({site.city})
            </option>
          ))}
        </select>
      </label>
      <label className="text-sm font-medium text-slate-700">
        City
        <input
          type="text"
          name="city"
          defaultValue={query.city}
          autoComplete="address-level2"
          className={FIELD}
        />
      </label>
      {query.tz && <input type="hidden" name="tz" value={query.tz} />}
      <div className="col-span-2 flex items-end gap-2 sm:col-span-1">
        <button
          type="submit"
          className="bg-brand-600 hover:bg-brand-700 rounded-lg px-4 py-2 text-sm font-semibold text-white"
        >
          Apply
        </button>
        <Link href="/history" className="px-2 py-2 text-sm text-slate-700 underline">
          Clear
        </Link>
      </div>
    </form>
  );
}
