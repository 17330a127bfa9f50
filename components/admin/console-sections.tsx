import { STATIONS_PAGE_SIZE } from '@/components/hooks/page-sizes';
import { getDb } from '@/lib/db';
import { getConsoleSummary } from '@/lib/stations/get-console-summary';
import { listStationsForConsole } from '@/lib/stations/list-stations-for-console';
import { ConsoleSummary } from './console-summary';
import { StationsList } from './stations-list';

/** Server halves of the console widgets: read once for the first paint, then live on the client. */
export async function ConsoleSummarySection() {
  return <ConsoleSummary initial={await getConsoleSummary(getDb())} />;
}

export async function StationsSection() {
  const firstPage = await listStationsForConsole(getDb(), { limit: STATIONS_PAGE_SIZE });
  return <StationsList firstPage={firstPage} />;
}
