import { SectionSkeleton, Skeleton } from '@/components/ui/skeleton';

export default function HistoryLoading() {
  return (
    <div className="mx-auto max-w-3xl space-y-4">
      <Skeleton className="h-8 w-40" />
      <Skeleton className="h-40" />
      <SectionSkeleton />
    </div>
  );
}
