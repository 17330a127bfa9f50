'use client';

import { DriverError } from '@/components/driver/driver-error';

export default function VehiclesError({
  error,
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  return <DriverError error={error} reset={reset} />;
}
