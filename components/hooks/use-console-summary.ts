'use client';

import useSWR from 'swr';
import type { TConsoleSummary } from '@/lib/stations/get-console-summary';
import { fetcher, type FetchError } from './fetcher';

export function useConsoleSummary(options: { fallbackData?: TConsoleSummary } = {}) {
  const { data, error, isLoading, mutate } = useSWR<TConsoleSummary, FetchError>(
    '/api/v1/stations/summary',
    fetcher,
    { fallbackData: options.fallbackData },
  );
  return { summary: data, loading: isLoading, error, mutate };
}
