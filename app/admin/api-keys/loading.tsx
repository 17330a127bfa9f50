import { SectionSkeleton, Skeleton } from '@/components/ui/skeleton';

export default function ApiKeysLoading() {
  return (
    <div className="space-y-4">
      <Skeleton className="h-10 w-48" />
      <SectionSkeleton rows={2} />
    </div>
  );
}
