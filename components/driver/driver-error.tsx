'use client';

import { ErrorPanel } from '@/components/ui/error-panel';

/** What a driver page's error.tsx renders. */
export function DriverError({
  error,
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  return <ErrorPanel error={error} reset={reset} />;
}
