'use client';

import useSWR from 'swr';
import type { TPage } from '@/lib/api/pagination';
import type { TStationCommand } from '@/lib/stations/list-station-commands';
import { fetcher, type FetchError } from './fetcher';
import { STATION_COMMANDS_PAGE_SIZE } from './page-sizes';

export function stationCommandsKey(id: string): string {
  return `/api/v1/stations/${id}/commands?limit=${STATION_COMMANDS_PAGE_SIZE}`;
}

/** The newest commands sent to a station. */
export function useStationCommands(
  id: string,
  options: { fallbackData?: TPage<TStationCommand> } = {},
) {
  const { data, error, isLoading, mutate } = useSWR<TPage<TStationCommand>, FetchError>(
    stationCommandsKey(id),
    fetcher,
    { fallbackData: options.fallbackData },
  );
  return { commands: data?.items ?? [], loading: isLoading, error, mutate };
}
