import { getDb } from '@/lib/db';
import { listStationFilterOptions } from '@/lib/stations/list-station-filter-options';
import { StationsFilters } from './stations-filters';
import type { TStationFilters } from './stations-search-params';

export async function StationsFiltersSection({ filters }: { filters: TStationFilters }) {
  return <StationsFilters filters={filters} options={await listStationFilterOptions(getDb())} />;
}
