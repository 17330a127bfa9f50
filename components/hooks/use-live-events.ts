'use client';

import { useEffect, useRef } from 'react';
import type { LiveEvent, LiveEventType } from '@/lib/events/live-event';
import { subscribeLiveEvents } from './live-event-source';

export interface TLiveEventFilter {
  stationId?: string;
  types?: LiveEventType[];
}

/**
 * Calls `onEvent` for each matching live event, and with `null` after the stream was
 * interrupted (events may have been missed). The filter and callback may change every render.
 */
export function useLiveEvents(
  filter: TLiveEventFilter,
  onEvent: (event: LiveEvent | null) => void,
): void {
  const latest = useRef({ filter, onEvent });
  useEffect(() => {
    latest.current = { filter, onEvent };
  });
  useEffect(
    () =>
      subscribeLiveEvents({
        onEvent(event) {
          const { filter: f, onEvent: handle } = latest.current;
          if (f.stationId && event.stationId !== f.stationId) return;
          if (f.types && !f.types.includes(event.type)) return;
          handle(event);
        },
        onResync: () => latest.current.onEvent(null),
      }),
    [],
  );
}
