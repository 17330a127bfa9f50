import type { Metadata } from 'next';
import { Suspense } from 'react';
import { ForbiddenNotice } from '@/components/admin/forbidden-notice';
import { OverviewLiveRefresh } from '@/components/admin/overview/overview-live-refresh';
import { OverviewSection } from '@/components/admin/overview/overview-section';
import { SectionSkeleton, Skeleton } from '@/components/ui/skeleton';
import { requireRole } from '@/lib/auth/current-user';

export const metadata: Metadata = { title: 'Overview' };

export default async function AdminOverviewPage() {
  const access = await requireRole('operator', '/admin');
  if (!access.allowed) return <ForbiddenNotice role={access.user.role} />;
  return (
    <>
      <h1 className="text-2xl font-semibold">Overview</h1>
      <OverviewLiveRefresh />
      <Suspense
        fallback={
          <div className="space-y-6">
            <Skeleton className="h-48" />
            <SectionSkeleton />
          </div>
        }
      >
        <OverviewSection />
      </Suspense>
    </>
  );
}
