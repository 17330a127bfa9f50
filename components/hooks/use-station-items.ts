'use client';

import useSWR from 'swr';
import { fetcher, type FetchError } from './fetcher';

export type TStationResource = 'configuration' | 'reservations' | 'charging-profiles';

export function stationItemsKey(id: string, resource: TStationResource): string {
  return `/api/v1/stations/${id}/${resource}`;
}

/** One of a station's small, unpaginated lists (`{ items }`), e.g. its configuration keys. */
export function useStationItems<T>(
  id: string,
  resource: TStationResource,
  options: { fallbackData?: T[] } = {},
) {
  const { data, error, isLoading, mutate } = useSWR<{ items: T[] }, FetchError>(
    stationItemsKey(id, resource),
    fetcher,
    { fallbackData: options.fallbackData && { items: options.fallbackData } },
  );
  return { items: data?.items ?? [], loading: isLoading, error, mutate };
}
