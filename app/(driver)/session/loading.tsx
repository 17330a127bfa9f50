import { SectionSkeleton, Skeleton } from '@/components/ui/skeleton';

export default function SessionLoading() {
  return (
    <div className="mx-auto max-w-2xl space-y-4">
      <Skeleton className="h-8 w-48" />
      <SectionSkeleton rows={2} />
    </div>
  );
}
