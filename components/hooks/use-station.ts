'use client';

import useSWR from 'swr';
import type { TStationDetail } from '@/lib/stations/get-station-detail';
import { fetcher, type FetchError } from './fetcher';

export function useStation(id: string, options: { fallbackData?: TStationDetail } = {}) {
  const { data, error, isLoading, mutate } = useSWR<TStationDetail, FetchError>(
    `/api/v1/stations/${id}`,
    fetcher,
    { fallbackData: options.fallbackData },
  );
  return { station: data, loading: isLoading, error, mutate };
}
