import { Skeleton } from '@/components/ui/skeleton';

export default function SignUpLoading() {
  return (
    <main
      className="flex min-h-dvh items-center justify-center px-4 py-10"
      role="status"
      aria-label="Loading"
    >
      <Skeleton className="h-[28rem] w-full max-w-sm" />
    </main>
  );
}
