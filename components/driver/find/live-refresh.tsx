'use client';

import { useRouter } from 'next/navigation';
import { useRevalidateOnEvents } from '@/components/hooks/use-revalidate-on-events';
import { STATION_STATE_EVENTS } from '@/lib/events/live-event-types';

/** What changes a charger's availability; command results change nothing a driver sees. */
const TYPES = STATION_STATE_EVENTS.filter((type) => type !== 'command.completed');

/**
 * Re-renders the server components when a charger's status changes (SSE, debounced): the list
 * and map come from the server, so a refresh is all it takes. Nothing polls.
 */
export function LiveRefresh({ stationId }: { stationId?: string }) {
  const router = useRouter();
  useRevalidateOnEvents(stationId ? { stationId, types: TYPES } : { types: TYPES }, () =>
    router.refresh(),
  );
  return null;
}
