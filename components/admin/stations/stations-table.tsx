'use client';

import Link from 'next/link';
import useSWR from 'swr';
import { refreshStationsPageAction } from '@/app/admin/stations/actions';
import { useRevalidateOnEvents } from '@/components/hooks/use-revalidate-on-events';
import type { TPage } from '@/lib/api/pagination';
import { STATION_STATE_EVENTS } from '@/lib/events/live-event-types';
import type { TStationsPageQuery, TStationsPageRow } from '@/lib/stations/list-stations-page';
import { StationRow } from './station-row';

const HEADINGS = [
  'Identity',
  'Name',
  'Site',
  'State',
  'Vendor / model',
  'Firmware',
  'OCPP',
  'Last seen',
  'Connectors',
];

async function refresh(query: TStationsPageQuery): Promise<TPage<TStationsPageRow>> {
  const page = await refreshStationsPageAction(query);
  if (!page) throw new Error('Not allowed to read stations any more: sign in again.');
  return page;
}

/**
 * One server-rendered page of the table, re-read in place (no navigation) when the charger
 * side reports a change, through a server action that applies the same filters.
 */
export function StationsTable(props: {
  initial: TPage<TStationsPageRow>;
  query: TStationsPageQuery;
  nextHref: string | null;
  firstHref: string | null;
}) {
  const {
    data = props.initial,
    error,
    mutate,
  } = useSWR<TPage<TStationsPageRow>, Error>(
    ['stations-page', JSON.stringify(props.query)],
    () => refresh(props.query),
    {
      fallbackData: props.initial,
      revalidateOnMount: false,
      revalidateIfStale: false,
      revalidateOnFocus: false,
    },
  );
  useRevalidateOnEvents({ types: STATION_STATE_EVENTS }, () => mutate());
  return (
    <section aria-labelledby="stations-table-heading" className="space-y-3">
      <h2 id="stations-table-heading" className="sr-only">
        Station list
      </h2>
      {error && (
        <p role="alert" className="rounded-lg bg-red-50 p-3 text-sm text-red-800">
          Could not refresh stations: {error.message}
        </p>
      )}
      {data.items.length === 0 ? (
        <p className="rounded-xl border border-dashed border-slate-300 p-6 text-center text-slate-500">
          No stations match.
        </p>
      ) : (
        <div className="overflow-x-auto rounded-xl border border-slate-200 bg-white shadow-sm">
          <table className="w-full min-w-[64rem] text-left text-sm">
            <thead className="bg-slate-50 text-xs text-slate-500 uppercase">
              <tr>
                {HEADINGS.map((h) => (
                  <th key={h} scope="col" className="px-3 py-2 font-medium">
                    {h}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {data.items.map((station) => (
                <StationRow key={station.id} station={station} />
              ))}
            </tbody>
          </table>
        </div>
      )}
      <nav aria-label="Pages" className="flex gap-2 text-sm">
        {props.firstHref && (
          <Link
            href={props.firstHref}
            className="rounded-lg border border-slate-300 bg-white px-3 py-1.5 hover:bg-slate-50"
          >
            ← First page
          </Link>
        )}
        {props.nextHref && (
          <Link
            href={props.nextHref}
            className="rounded-lg border border-slate-300 bg-white px-3 py-1.5 hover:bg-slate-50"
          >
            Next page →
          </Link>
        )}
      </nav>
    </section>
  );
}
