import type { Metadata } from 'next';
import Link from 'next/link';
import { Suspense } from 'react';
import { ForbiddenNotice } from '@/components/admin/forbidden-notice';
import { StationsFiltersSection } from '@/components/admin/stations/stations-filters-section';
import {
  parseStationsSearch,
  stationsHref,
} from '@/components/admin/stations/stations-search-params';
import { StationsTableSection } from '@/components/admin/stations/stations-table-section';
import { SectionSkeleton, Skeleton } from '@/components/ui/skeleton';
import { requireRole } from '@/lib/auth/current-user';

export const metadata: Metadata = { title: 'Stations' };

export default async function StationsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { filters, query, cursor } = parseStationsSearch(await searchParams);
  const access = await requireRole('operator', stationsHref(filters, cursor));
  if (!access.allowed) return <ForbiddenNotice role={access.user.role} />;
  return (
    <>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-semibold">Stations</h1>
        <div className="flex gap-2 text-sm">
          <Link
            href={stationsHref({ status: 'pending' })}
            className="rounded-lg border border-slate-300 bg-white px-3 py-1.5 hover:bg-slate-50"
          >
            Pending approval
          </Link>
          <Link
            href="/admin/stations/new"
            className="bg-brand-600 hover:bg-brand-700 rounded-lg px-3 py-1.5 font-medium text-white"
          >
            Register a station
          </Link>
        </div>
      </div>
      <Suspense fallback={<Skeleton className="h-16" />}>
        <StationsFiltersSection filters={filters} />
      </Suspense>
      <Suspense key={JSON.stringify(query)} fallback={<SectionSkeleton rows={6} />}>
        <StationsTableSection query={query} filters={filters} onLaterPage={Boolean(query.cursor)} />
      </Suspense>
    </>
  );
}
