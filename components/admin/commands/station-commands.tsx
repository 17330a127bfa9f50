'use client';

import { useStation } from '@/components/hooks/use-station';
import type { TPage } from '@/lib/api/pagination';
import type { TStationDetail } from '@/lib/stations/get-station-detail';
import type { TStationCommand } from '@/lib/stations/list-station-commands';
import { CommandPanel } from './command-panel';
import { RecentCommands } from './recent-commands';

/** The command panel above the audit trail; connector choices follow the live station. */
export function StationCommands({
  initialStation,
  initialCommands,
}: {
  initialStation: TStationDetail;
  initialCommands: TPage<TStationCommand>;
}) {
  const { station = initialStation } = useStation(initialStation.id, {
    fallbackData: initialStation,
  });
  const transactionIds = station.connectors.flatMap((c) =>
    c.currentSession?.transactionId != null ? [c.currentSession.transactionId] : [],
  );
  return (
    <div className="space-y-4">
      <CommandPanel
        stationId={station.id}
        connectors={station.connectors.map((c) => ({ connectorId: c.connectorId, type: c.type }))}
        transactionIds={transactionIds}
      />
      <RecentCommands stationId={station.id} initial={initialCommands} />
    </div>
  );
}
