'use client';

import useSWR from 'swr';
import type { TPage } from '@/lib/api/pagination';
import type { TStationMessage } from '@/lib/ocpp-log/list-station-messages';
import { fetcher, type FetchError } from './fetcher';
import { STATION_MESSAGES_PAGE_SIZE } from './page-sizes';

export interface TStationLogsFilter {
  action?: string;
  direction?: 'in' | 'out';
  /** `YYYY-MM-DDTHH:mm` in UTC (a datetime-local value), the first minute included. */
  from?: string;
  /** `YYYY-MM-DDTHH:mm` in UTC, the whole minute included. */
  to?: string;
}

export function isUnfiltered(filter: TStationLogsFilter): boolean {
  return !filter.action && !filter.direction && !filter.from && !filter.to;
}

export function stationLogsKey(
  id: string,
  filter: TStationLogsFilter,
  limit = STATION_MESSAGES_PAGE_SIZE,
): string {
  const search = new URLSearchParams({ limit: String(limit) });
  if (filter.action) search.set('action', filter.action);
  if (filter.direction) search.set('direction', filter.direction);
  if (filter.from) search.set('from', `${filter.from}:00.000Z`);
  if (filter.to) search.set('to', `${filter.to}:59.999Z`);
  return `/api/v1/stations/${id}/logs?${search.toString()}`;
}

/** The newest OCPP messages of a station, narrowed by action, direction and time. */
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
