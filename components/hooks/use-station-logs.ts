'use client';

import useSWR from 'swr';
import type { TPage } from '@/lib/api/pagination';
import type { TStationMessage } from '@/lib/ocpp-log/list-station-messages';
import { fetcher, type FetchError } from './fetcher';
import { STATION_MESSAGES_PAGE_SIZE } from './page-sizes';

export interface TStationLogsFilter {
  action?: string;
  direction?: 'in' | 'out';
}

export function stationLogsKey(
  id: string,
  filter: TStationLogsFilter,
  limit = STATION_MESSAGES_PAGE_SIZE,
): string {
  const search = new URLSearchParams({ limit: String(limit) });
  if (filter.action) search.set('action', filter.action);
  if (filter.direction) search.set('direction', filter.direction);
  return `/api/v1/stations/${id}/logs?${search.toString()}`;
}

/** The newest OCPP messages of a station, narrowed by action and direction. */
export function useStationLogs(
  id: string,
  filter: TStationLogsFilter = {},
  options: { fallbackData?: TPage<TStationMessage> } = {},
) {
  const { data, error, isLoading, mutate } = useSWR<TPage<TStationMessage>, FetchError>(
    stationLogsKey(id, filter),
    fetcher,
    { fallbackData: options.fallbackData, keepPreviousData: true },
  );
  return { messages: data?.items ?? [], loading: isLoading, error, mutate };
}
