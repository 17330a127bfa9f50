'use client';

import { useRouter } from 'next/navigation';
import { useRevalidateOnEvents } from '@/components/hooks/use-revalidate-on-events';
import type { LiveEventType } from '@/lib/events/live-event';

const TYPES: LiveEventType[] = [
  'station.connection',
  'station.updated',
  'connector.status',
  'session.started',
  'session.updated',
  'session.stopped',
];

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
