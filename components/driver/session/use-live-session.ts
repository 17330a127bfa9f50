'use client';

import useSWR from 'swr';
import { fetcher, type FetchError } from '@/components/hooks/fetcher';
import { useLiveEvents } from '@/components/hooks/use-live-events';
import type { LiveEventType } from '@/lib/events/live-event';
import type { TSessionDetail } from '@/lib/sessions/get-session-detail';

const SESSION_EVENTS: LiveEventType[] = ['session.started', 'session.updated', 'session.stopped'];

/**
 * One session, re-read when an event about it arrives (or after the stream was interrupted):
 * the server component's render is the first value, nothing polls.
 */
export function useLiveSession(initial: TSessionDetail) {
  const { data, error, mutate } = useSWR<TSessionDetail, FetchError>(
    `/api/v1/sessions/${initial.id}`,
    fetcher,
    { fallbackData: initial, revalidateOnMount: false, revalidateOnFocus: false },
  );
  useLiveEvents({ stationId: initial.station.id, types: SESSION_EVENTS }, (event) => {
    if (event === null || event.sessionId === initial.id) void mutate();
  });
  return { session: data ?? initial, error, refresh: mutate };
}
