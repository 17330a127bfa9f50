import type { Metadata } from 'next';
import { Suspense } from 'react';
import { ConsoleSummarySection, StationsSection } from '@/components/admin/console-sections';
import { ForbiddenNotice } from '@/components/admin/forbidden-notice';
import { SectionSkeleton, Skeleton } from '@/components/ui/skeleton';
import { requireRole } from '@/lib/auth/current-user';

export const metadata: Metadata = { title: 'Operator console' };

export default async function AdminPage() {
  const access = await requireRole('operator', '/admin');
  if (!access.allowed) return <ForbiddenNotice role={access.user.role} />;
  return (
    <>
      <h1 className="sr-only">Operator console</h1>
      <Suspense fallback={<Skeleton className="h-24" />}>
        <ConsoleSummarySection />
      </Suspense>
      <Suspense fallback={<SectionSkeleton />}>
        <StationsSection />
      </Suspense>
    </>
  );
}
