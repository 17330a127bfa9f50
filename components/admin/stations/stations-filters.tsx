import Link from 'next/link';
import type { TStationFilterOptions } from '@/lib/stations/list-station-filter-options';
import { STATION_LIST_STATUSES } from '@/lib/stations/list-stations-page';
import type { TStationFilters } from './stations-search-params';

const STATUS_LABELS: Record<(typeof STATION_LIST_STATUSES)[number], string> = {
  online: 'Online',
  offline: 'Offline',
  pending: 'Pending approval',
  faulted: 'Faulted',
  decommissioned: 'Decommissioned',
};

function Select(props: {
  name: string;
  label: string;
  value: string | undefined;
  options: { value: string; label: string }[];
}) {
  return (
    <label className="flex flex-col gap-1 text-xs font-medium text-slate-600">
      {props.label}
      <select
        name={props.name}
        defaultValue={props.value ?? ''}
        className="rounded-lg border border-slate-300 bg-white px-2 py-1.5 text-sm font-normal text-slate-900"
      >
        <option value="">All</option>
        {props.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
}

/** A plain GET form: the filters live in the URL, and it works before any JavaScript loads. */
export function StationsFilters({
  filters,
  options,
}: {
  filters: TStationFilters;
  options: TStationFilterOptions;
}) {
  const plain = (values: string[]) => values.map((v) => ({ value: v, label: v }));
  return (
    <form
      method="get"
      action="/admin/stations"
      aria-label="Filter stations"
      className="flex flex-wrap items-end gap-3 rounded-xl border border-slate-200 bg-white p-3 shadow-sm"
    >
      <label className="flex min-w-48 flex-1 flex-col gap-1 text-xs font-medium text-slate-600">
        Search
        <input
          type="search"
          name="q"
          defaultValue={filters.q ?? ''}
          placeholder="Identity, name or site"
          className="rounded-lg border border-slate-300 px-2 py-1.5 text-sm font-normal text-slate-900"
        />
      </label>
      <Select
        name="site"
        label="Site"
        value={filters.site}
        options={options.sites.map((s) => ({ value: s.id, label: s.name }))}
      />
      <Select
        name="status"
        label="Status"
        value={filters.status}
        options={STATION_LIST_STATUSES.map((s) => ({ value: s, label: STATUS_LABELS[s] }))}
      />
      <Select
        name="vendor"
        label="Vendor"
        value={filters.vendor}
        options={plain(options.vendors)}
      />
      <Select
        name="firmware"
        label="Firmware"
        value={filters.firmware}
        options={plain(options.firmwares)}
      />
      <Select
        name="ocpp"
        label="OCPP version"
        value={filters.ocpp}
        options={plain(options.ocppVersions)}
      />
      <div className="flex gap-2">
        <button
          type="submit"
          className="bg-brand-600 hover:bg-brand-700 rounded-lg px-3 py-1.5 text-sm font-medium text-white"
        >
          Filter
        </button>
        <Link
          href="/admin/stations"
          className="rounded-lg border border-slate-300 px-3 py-1.5 text-sm hover:bg-slate-50"
        >
          Clear
        </Link>
      </div>
    </form>
  );
}
