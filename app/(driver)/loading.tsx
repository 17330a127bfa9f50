import { DriverPageSkeleton } from '@/components/driver/page-states';

export default function FindLoading() {
  return <DriverPageSkeleton />;
}
