import { DriverPageSkeleton } from '@/components/driver/page-states';

export default function ChargerLoading() {
  return <DriverPageSkeleton />;
}
