'use client';

import { ErrorPanel } from '@/components/ui/error-panel';

export default function SignUpError({
  error,
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  return (
    <main className="px-4 py-10">
      <ErrorPanel error={error} reset={reset} />
    </main>
  );
}
