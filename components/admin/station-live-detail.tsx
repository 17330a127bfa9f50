'use client';

import { useRevalidateOnEvents } from '@/components/hooks/use-revalidate-on-events';
import { useStation } from '@/components/hooks/use-station';
import type { TStationDetail } from '@/lib/stations/get-station-detail';
import { StationConnectors } from './station-connectors';
import { StationInfo } from './station-info';
import { StationRegistration } from './station-registration';
import { StationSessions } from './station-sessions';
import { STATION_STATE_EVENTS } from '@/lib/events/live-event-types';

/** Station info, connectors and sessions, re-read on this station's live events. */
export function StationLiveDetail({ initial }: { initial: TStationDetail }) {
  const { station = initial, error, mutate } = useStation(initial.id, { fallbackData: initial });
  useRevalidateOnEvents(
    {
      stationId: initial.id,
      types: STATION_STATE_EVENTS,
    },
    () => mutate(),
  );
  return (
    <div className="space-y-4">
      {error && (
        <p role="alert" className="rounded-lg bg-red-50 p-3 text-sm text-red-800">
          Could not refresh this station: {error.message}
        </p>
      )}
      <StationRegistration station={station} />
      <StationInfo station={station} />
      <StationConnectors station={station} />
      <StationSessions sessions={station.recentSessions} />
    </div>
  );
}
