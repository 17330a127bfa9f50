'use client';

import { useEffect, useRef } from 'react';
import { useLiveEvents, type TLiveEventFilter } from './use-live-events';

export const REVALIDATE_DEBOUNCE_MS = 200;

/**
 * Re-reads SWR data when a relevant live event arrives. A burst of events (a charger booting
 * reports every connector) becomes one request.
 */
export function useRevalidateOnEvents(filter: TLiveEventFilter, revalidate: () => unknown): void {
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const latest = useRef(revalidate);
  useEffect(() => {
    latest.current = revalidate;
  });
  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );
  useLiveEvents(filter, () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      timer.current = null;
      void latest.current();
    }, REVALIDATE_DEBOUNCE_MS);
  });
}
