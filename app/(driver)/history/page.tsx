import type { Metadata } from 'next';
import Link from 'next/link';
import { Suspense } from 'react';
import { HistoryFilters } from '@/components/driver/history/history-filters';
import { HistoryList } from '@/components/driver/history/history-list';
import {
  historyFilters,
  ZHistoryPageQuery,
  type THistoryPageQuery,
} from '@/components/driver/history/history-query';
import { TimeZoneCookie } from '@/components/driver/history/time-zone-cookie';
import { viewerTimeZone } from '@/components/driver/history/viewer-time-zone';
import { SectionSkeleton, Skeleton } from '@/components/ui/skeleton';
import { ApiError } from '@/lib/api/api-error';
import { requireRole } from '@/lib/auth/current-user';
import { getDb } from '@/lib/db';
import { listSessionHistory } from '@/lib/drivers/list-session-history';
import { listSites } from '@/lib/sites/list-sites';
import { listVehicles } from '@/lib/vehicles/list-vehicles';

export const metadata: Metadata = { title: 'History' };

const PAGE_SIZE = 30;

async function FiltersSection({ userId, query }: { userId: string; query: THistoryPageQuery }) {
  const db = getDb();
  const [vehicles, sites] = await Promise.all([
    listVehicles(db, { viewer: { id: userId, role: 'driver' }, userId, limit: 100 }),
    listSites(db, { limit: 200 }),
  ]);
  return <HistoryFilters query={query} vehicles={vehicles.items} sites={sites.items} />;
}

async function HistorySection({
  userId,
  query,
  timeZone,
  pageQuery,
}: {
  userId: string;
  query: THistoryPageQuery;
  timeZone: string;
  pageQuery: string;
}) {
  const { options, apiQuery } = historyFilters(query, timeZone);
  const history = await listSessionHistory(getDb(), {
    ...options,
    driverId: userId,
    limit: PAGE_SIZE,
    ...(query.cursor ? { cursor: query.cursor } : {}),
  }).catch((error: unknown) => {
    // A stale or edited cursor in the URL: show the newest sessions instead of an error.
    if (!(error instanceof ApiError) || !query.cursor) throw error;
    return listSessionHistory(getDb(), { ...options, driverId: userId, limit: PAGE_SIZE });
  });
  const filtered = Boolean(query.from || query.to || query.vehicle || query.site || query.city);
  return (
    <>
      <p>
        <a
          href={`/api/v1/drivers/me/sessions/history/export?${apiQuery}`}
          download
          className="text-brand-700 text-sm font-medium underline"
        >
          Download CSV{filtered ? ' (these filters)' : ''}
        </a>
      </p>
      {history.months.length === 0 ? (
        <div className="rounded-xl border border-dashed border-slate-300 bg-white p-6 text-center text-sm text-slate-600">
          {filtered ? (
            'No sessions match these filters.'
          ) : (
            <>
              No finished sessions yet.{' '}
              <Link href="/" className="text-brand-700 underline">
                Find a charger
              </Link>
            </>
          )}
        </div>
      ) : (
        <HistoryList
          key={`${pageQuery}|${query.cursor ?? ''}|${timeZone}`}
          initial={history}
          apiQuery={apiQuery}
          pageQuery={pageQuery}
          timeZone={timeZone}
        />
      )}
      {query.cursor && (
        <Link href={`/history?${pageQuery}`} className="text-brand-700 text-sm underline">
          Back to the newest sessions
        </Link>
      )}
    </>
  );
}

export default async function HistoryPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const query = ZHistoryPageQuery.parse(await searchParams);
  const pageParams = new URLSearchParams();
  for (const name of ['from', 'to', 'vehicle', 'site', 'city', 'tz'] as const) {
    const value = query[name];
    if (value) pageParams.set(name, value);
  }
  const pageQuery = pageParams.toString();
  const { user } = await requireRole('driver', `/history${pageQuery ? `?${pageQuery}` : ''}`);
  const timeZone = await viewerTimeZone(query.tz);
  return (
    <div className="mx-auto max-w-3xl space-y-4">
      <TimeZoneCookie rendered={timeZone} explicit={Boolean(query.tz)} />
      <div>
        <h1 className="text-2xl font-semibold">History</h1>
        <p className="text-sm text-slate-600">Times and months in {timeZone}.</p>
      </div>
      <Suspense fallback={<Skeleton className="h-40" />}>
        <FiltersSection userId={user.id} query={query} />
      </Suspense>
      <Suspense key={`${pageQuery}|${query.cursor ?? ''}`} fallback={<SectionSkeleton />}>
        <HistorySection userId={user.id} query={query} timeZone={timeZone} pageQuery={pageQuery} />
      </Suspense>
    </div>
  );
}
