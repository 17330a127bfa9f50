import { SectionSkeleton, Skeleton } from '@/components/ui/skeleton';

export default function StationsLoading() {
  return (
    <div className="space-y-4">
      <Skeleton className="h-10 w-64" />
      <Skeleton className="h-16" />
      <SectionSkeleton rows={6} />
    </div>
  );
}
