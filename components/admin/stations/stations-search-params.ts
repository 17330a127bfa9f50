import { decodeCursor } from '@/lib/api/cursor';
import { ZStationCursor } from '@/lib/stations/list-stations-for-console';
import { STATION_LIST_STATUSES, type TStationsPageQuery } from '@/lib/stations/list-stations-page';
import { STATIONS_PAGE_SIZE } from '@/components/hooks/page-sizes';
import { z } from 'zod';

type TSearchParams = Record<string, string | string[] | undefined>;

/** The URL's filter names: short and stable, so a filtered view can be bookmarked or shared. */
export const STATION_FILTER_KEYS = ['q', 'site', 'status', 'vendor', 'firmware', 'ocpp'] as const;
export type TStationFilters = Partial<Record<(typeof STATION_FILTER_KEYS)[number], string>>;

const first = (value: string | string[] | undefined) => {
  const one = Array.isArray(value) ? value[0] : value;
  return one?.trim() ? one.trim().slice(0, 100) : undefined;
};

/** A stale or hand-edited cursor starts over at the first page rather than failing the page. */
function cursorOf(raw: string | undefined) {
  try {
    return decodeCursor(ZStationCursor, raw);
  } catch {
    return undefined;
  }
}

export function parseStationsSearch(params: TSearchParams): {
  filters: TStationFilters;
  query: TStationsPageQuery;
  cursor: string | undefined;
} {
  const filters = Object.fromEntries(
    STATION_FILTER_KEYS.map((key) => [key, first(params[key])]).filter(([, v]) => v),
  ) as TStationFilters;
  const status = z.enum(STATION_LIST_STATUSES).safeParse(filters.status);
  const siteId = z.uuid().safeParse(filters.site);
  const cursor = first(params.cursor);
  return {
    filters,
    cursor,
    query: {
      q: filters.q,
      siteId: siteId.success ? siteId.data : undefined,
      status: status.success ? status.data : undefined,
      vendor: filters.vendor,
      firmware: filters.firmware,
      ocppVersion: filters.ocpp,
      cursor: cursorOf(cursor),
      limit: STATIONS_PAGE_SIZE,
    },
  };
}

/** `/admin/stations` with these filters (and a page cursor). */
export function stationsHref(filters: TStationFilters, cursor?: string | null): string {
  const params = new URLSearchParams();
  for (const key of STATION_FILTER_KEYS) {
    const value = filters[key];
    if (value) params.set(key, value);
  }
  if (cursor) params.set('cursor', cursor);
  const search = params.toString();
  return search ? `/admin/stations?${search}` : '/admin/stations';
}
