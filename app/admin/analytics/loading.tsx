import { SectionSkeleton, Skeleton } from '@/components/ui/skeleton';

export default function AnalyticsLoading() {
  return (
    <div className="space-y-6">
      <Skeleton className="h-10" />
      <Skeleton className="h-48" />
      <SectionSkeleton />
    </div>
  );
}
