'use client';

import useSWRInfinite from 'swr/infinite';
import type { TPage } from '@/lib/api/pagination';
import type { TConsoleStation } from '@/lib/stations/list-stations-for-console';
import { fetcher, type FetchError } from './fetcher';
import { STATIONS_PAGE_SIZE } from './page-sizes';

type TStationsPage = TPage<TConsoleStation>;

function pageKey(index: number, previous: TStationsPage | null): string | null {
  if (index === 0) return `/api/v1/stations?limit=${STATIONS_PAGE_SIZE}`;
  if (!previous?.nextCursor) return null;
  return `/api/v1/stations?limit=${STATIONS_PAGE_SIZE}&cursor=${encodeURIComponent(previous.nextCursor)}`;
}

/** The console's station list, page by page; `mutate()` re-reads every loaded page. */
export function useStations(options: { fallbackFirstPage?: TStationsPage } = {}) {
  const { data, error, isLoading, mutate, size, setSize } = useSWRInfinite<
    TStationsPage,
    FetchError
  >(pageKey, fetcher, {
    fallbackData: options.fallbackFirstPage ? [options.fallbackFirstPage] : undefined,
  });
  const lastPage = data?.at(-1);
  return {
    stations: data?.flatMap((page) => page.items) ?? [],
    loading: isLoading,
    error,
    mutate,
    hasMore: Boolean(lastPage?.nextCursor),
    loadMore: () => setSize(size + 1),
  };
}
