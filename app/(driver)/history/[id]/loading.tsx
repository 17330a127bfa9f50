import { Skeleton } from '@/components/ui/skeleton';

export default function SessionDetailLoading() {
  return (
    <div className="mx-auto max-w-2xl space-y-4" role="status" aria-label="Loading">
      <Skeleton className="h-10 w-56" />
      <Skeleton className="h-56" />
      <Skeleton className="h-48" />
      <Skeleton className="h-40" />
    </div>
  );
}
