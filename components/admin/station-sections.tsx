import { STATION_MESSAGES_PAGE_SIZE } from '@/components/hooks/page-sizes';
import { getDb } from '@/lib/db';
import { listStationMessages } from '@/lib/ocpp-log/list-station-messages';
import { StationMessages } from './station-messages';

export async function StationMessagesSection({ stationId }: { stationId: string }) {
  const initial = await listStationMessages(getDb(), {
    stationId,
    limit: STATION_MESSAGES_PAGE_SIZE,
  });
  return <StationMessages stationId={stationId} initial={initial} />;
}
