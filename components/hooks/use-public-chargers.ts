'use client';

import useSWR from 'swr';
import type { TPublicSite } from '@/lib/stations/list-public-chargers';
import { fetcher, type FetchError } from './fetcher';

export function usePublicChargers(options: { fallbackData?: { sites: TPublicSite[] } } = {}) {
  const { data, error, isLoading, mutate } = useSWR<{ sites: TPublicSite[] }, FetchError>(
    '/api/v1/chargers',
    fetcher,
    { fallbackData: options.fallbackData },
  );
  return { sites: data?.sites ?? [], loading: isLoading, error, mutate };
}
