import Link from 'next/link';
import { Suspense } from 'react';
import { connectorType } from '@/db/schema';
import type { TCity } from './city-centres';
import type { TFindSearchParams } from './find-search-params';
import { LocateMe } from './locate-me';

const POWER_STEPS = [11, 22, 50, 150, 350];
const controlClass =
  'mt-1 block w-full rounded-lg border border-slate-300 bg-white px-2 py-2 text-sm focus:border-brand-500';
const labelClass = 'block text-sm font-medium text-slate-700';

/**
 * The filters as a plain GET form: the URL holds them (shareable, back button works) and it
 * works before any JavaScript has loaded. The server reads them and renders the results.
 */
export function FindFilters({
  params,
  cities,
  signedIn,
}: {
  params: TFindSearchParams;
  cities: TCity[];
  signedIn: boolean;
}) {
  const types = [params.connectorType ?? []].flat();
  return (
    <section
      aria-label="Filters"
      className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm"
    >
      <form method="get" action="/" className="grid grid-cols-2 gap-3 md:grid-cols-6" role="search">
        {params.near && (
          <input type="hidden" name="near" value={`${params.near.lat},${params.near.lng}`} />
        )}
        <label className={`${labelClass} col-span-2 md:col-span-6`}>
          Search
          <input
            type="search"
            name="q"
            defaultValue={params.q}
            placeholder="Charger name, address or city"
            className={controlClass}
          />
        </label>
        <label className={labelClass}>
          City
          <select name="city" defaultValue={params.city ?? ''} className={controlClass}>
            <option value="">All cities</option>
            {cities.map((city) => (
              <option key={city.name} value={city.name}>
                {city.name}
              </option>
            ))}
          </select>
        </label>
        <label className={labelClass}>
          Connector
          <select name="connectorType" defaultValue={types.join(',')} className={controlClass}>
            <option value="">Any type</option>
            {connectorType.enumValues.map((type) => (
              <option key={type} value={type}>
                {type}
              </option>
            ))}
          </select>
        </label>
        <label className={labelClass}>
          Minimum power
          <select
            name="minPowerKw"
            defaultValue={params.minPowerKw ? String(params.minPowerKw) : ''}
            className={controlClass}
          >
            <option value="">Any power</option>
            {POWER_STEPS.map((kw) => (
              <option key={kw} value={kw}>
                {kw} kW or more
              </option>
            ))}
          </select>
        </label>
        <label className={labelClass}>
          Distance from
          <select
            name="from"
            defaultValue={params.near ? '' : (params.from ?? '')}
            className={controlClass}
          >
            <option value="">{params.near ? 'My location' : 'Nowhere (no distances)'}</option>
            {cities.map((city) => (
              <option key={city.name} value={city.name}>
                {city.name}
              </option>
            ))}
          </select>
        </label>
        <fieldset className="col-span-2 flex flex-wrap items-end gap-x-4 gap-y-2 pb-2">
          <legend className="sr-only">Show only</legend>
          <label className="flex items-center gap-2 text-sm text-slate-700">
            <input
              type="checkbox"
              name="onlyAvailable"
              value="true"
              defaultChecked={params.onlyAvailable}
              className="accent-brand-600 size-4"
            />
            Only available
          </label>
          {signedIn && (
            <label className="flex items-center gap-2 text-sm text-slate-700">
              <input
                type="checkbox"
                name="onlyFavorites"
                value="true"
                defaultChecked={params.onlyFavorites}
                className="accent-brand-600 size-4"
              />
              Favorites only
            </label>
          )}
        </fieldset>
        <div className="col-span-2 flex flex-wrap items-center gap-3 md:col-span-6">
          <button
            type="submit"
            className="bg-brand-600 hover:bg-brand-700 rounded-lg px-4 py-2 text-sm font-medium text-white"
          >
            Show chargers
          </button>
          <Link href="/" className="text-sm text-slate-600 underline hover:text-slate-900">
            Clear filters
          </Link>
          {/* useSearchParams needs a Suspense boundary of its own. */}
          <Suspense fallback={null}>
            <LocateMe />
          </Suspense>
        </div>
      </form>
    </section>
  );
}
