import { getDb } from '@/lib/db';
import { listStationsPage, type TStationsPageQuery } from '@/lib/stations/list-stations-page';
import { StationsTable } from './stations-table';
import { stationsHref, type TStationFilters } from './stations-search-params';

/** Server half of the table: reads the requested page for the first paint. */
export async function StationsTableSection(props: {
  query: TStationsPageQuery;
  filters: TStationFilters;
  onLaterPage: boolean;
}) {
  const page = await listStationsPage(getDb(), props.query);
  return (
    <StationsTable
      initial={page}
      query={props.query}
      nextHref={page.nextCursor ? stationsHref(props.filters, page.nextCursor) : null}
      firstHref={props.onLaterPage ? stationsHref(props.filters) : null}
    />
  );
}
