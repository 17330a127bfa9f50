import Link from 'next/link';
import type { TAnomalyFacets } from '@/lib/anomalies/list-anomaly-facets';
import { anomalyKindTitle } from './anomaly-kind-title';
import type { TAnomalySearch } from './anomaly-search';

const fieldClass =
  'w-full rounded-lg border border-slate-300 bg-white px-2 py-1.5 text-sm sm:w-auto sm:max-w-xs';
const labelClass = 'flex flex-col gap-1 text-xs font-medium text-slate-600';

/** A plain GET form: filters live in the URL, so a filtered view can be shared as a link. */
export function AnomalyFilter({
  search,
  facets,
}: {
  search: TAnomalySearch;
  facets: TAnomalyFacets;
}) {
  return (
    <form
      action="/admin/data-quality"
      className="grid w-full gap-2 sm:flex sm:w-auto sm:flex-wrap sm:items-end"
    >
      <label className={labelClass}>
        Kind
        <select name="kind" defaultValue={search.kind ?? ''} className={fieldClass}>
          <option value="">All kinds</option>
          {facets.kinds.map((kind) => (
            <option key={kind} value={kind}>
              {anomalyKindTitle(kind)}
            </option>
          ))}
        </select>
      </label>
      <label className={labelClass}>
        Station
        <select name="station" defaultValue={search.station ?? ''} className={fieldClass}>
          <option value="">All stations</option>
          {facets.stations.map((station) => (
            <option key={station.id} value={station.id}>
              {station.name} ({station.identity})
            </option>
          ))}
        </select>
      </label>
      <div className="flex items-center gap-3">
        <button
          type="submit"
          className="bg-brand-600 hover:bg-brand-700 rounded-lg px-3 py-1.5 text-sm font-medium text-white"
        >
          Filter
        </button>
        {(search.kind || search.station) && (
          <Link href="/admin/data-quality" className="text-brand-700 text-sm hover:underline">
            Clear
          </Link>
        )}
      </div>
    </form>
  );
}
