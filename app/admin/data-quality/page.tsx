import type { Metadata } from 'next';
import { Suspense } from 'react';
import { AnomaliesSection } from '@/components/admin/data-quality/anomalies-section';
import { ZAnomalySearch } from '@/components/admin/data-quality/anomaly-search';
import { ForbiddenNotice } from '@/components/admin/forbidden-notice';
import { SectionSkeleton } from '@/components/ui/skeleton';
import { requireRole } from '@/lib/auth/current-user';

export const metadata: Metadata = { title: 'Data quality' };

export default async function DataQualityPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const access = await requireRole('operator', '/admin/data-quality');
  if (!access.allowed) return <ForbiddenNotice role={access.user.role} />;
  const search = ZAnomalySearch.parse(await searchParams);
  return (
    <>
      <div>
        <h1 className="text-2xl font-semibold">Data quality</h1>
        <p className="mt-1 text-sm text-slate-600">
          Problems found in what chargers sent: they were answered normally and recorded here.
        </p>
      </div>
      <Suspense key={JSON.stringify(search)} fallback={<SectionSkeleton />}>
        <AnomaliesSection search={search} />
      </Suspense>
    </>
  );
}
