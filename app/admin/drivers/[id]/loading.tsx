import { SectionSkeleton, Skeleton } from '@/components/ui/skeleton';

export default function DriversLoading() {
  return (
    <div className="space-y-4">
      <Skeleton className="h-10 w-64" />
      <SectionSkeleton rows={3} />
    </div>
  );
}
