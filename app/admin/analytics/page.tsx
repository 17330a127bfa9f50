import type { Metadata } from 'next';
import { Suspense } from 'react';
import { AnalyticsFilters } from '@/components/admin/analytics/analytics-filters';
import { AnalyticsSection } from '@/components/admin/analytics/analytics-section';
import { toAnalyticsRange, ZAnalyticsSearch } from '@/components/admin/analytics/analytics-search';
import { ForbiddenNotice } from '@/components/admin/forbidden-notice';
import { SectionSkeleton, Skeleton } from '@/components/ui/skeleton';
import { requireRole } from '@/lib/auth/current-user';
import { getDb } from '@/lib/db';
import { listSites } from '@/lib/sites/list-sites';

export const metadata: Metadata = { title: 'Analytics' };

/** The picker lists this many sites (alphabetical); a bigger network would want a search box. */
const SITE_PICKER_LIMIT = 200;

export default async function AnalyticsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const access = await requireRole('operator', '/admin/analytics');
  if (!access.allowed) return <ForbiddenNotice role={access.user.role} />;
  const range = toAnalyticsRange(ZAnalyticsSearch.parse(await searchParams));
  const sites = await listSites(getDb(), { limit: SITE_PICKER_LIMIT });
  return (
    <>
      <div>
        <h1 className="text-2xl font-semibold">Analytics</h1>
        <p className="mt-1 text-sm text-slate-600">
          Days are UTC. Sessions count on the day they started; commands, charger errors and
          anomalies when they were recorded.
        </p>
      </div>
      <AnalyticsFilters
        range={range}
        sites={sites.items.map((s) => ({ id: s.id, name: s.name }))}
      />
      <Suspense
        key={`${range.from.toISOString()}-${range.to.toISOString()}-${range.siteId ?? ''}`}
        fallback={
          <div className="space-y-6">
            <Skeleton className="h-40" />
            <SectionSkeleton />
          </div>
        }
      >
        <AnalyticsSection range={range} />
      </Suspense>
    </>
  );
}
