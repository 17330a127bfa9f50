import { SectionSkeleton, Skeleton } from '@/components/ui/skeleton';

/** The loading state every driver page shares: a title bar and a few cards. */
export function DriverPageSkeleton({ rows = 3 }: { rows?: number }) {
  return (
    <div className="space-y-6">
      <Skeleton className="h-10 w-48" />
      <SectionSkeleton rows={rows} />
    </div>
  );
}
