import { SectionSkeleton, Skeleton } from '@/components/ui/skeleton';

export default function AdminLoading() {
  return (
    <div className="space-y-6">
      <Skeleton className="h-24" />
      <SectionSkeleton />
    </div>
  );
}
