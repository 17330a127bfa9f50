'use client';

import { useRouter } from 'next/navigation';
import { useEffect, useRef } from 'react';
import { useLiveEvents } from '@/components/hooks/use-live-events';
import { STATION_STATE_EVENTS } from '@/lib/events/live-event-types';

/** At most one re-render this often: meter updates arrive every second on a busy network. */
const MIN_INTERVAL_MS = 5_000;

/**
 * Re-renders the overview's server components when the network changes (SSE). A debounce would
 * never fire under a steady stream of session updates, so this throttles instead: the first
 * event refreshes at once, later ones at most every 5 s. Nothing polls.
 */
export function OverviewLiveRefresh() {
  const router = useRouter();
  const last = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );
  useLiveEvents({ types: STATION_STATE_EVENTS }, () => {
    if (timer.current) return;
    const wait = Math.max(0, last.current + MIN_INTERVAL_MS - Date.now());
    timer.current = setTimeout(() => {
      timer.current = null;
      last.current = Date.now();
      router.refresh();
    }, wait);
  });
  return null;
}
