import { DriverPageSkeleton } from '@/components/driver/page-states';

export default function VehiclesLoading() {
  return <DriverPageSkeleton />;
}
