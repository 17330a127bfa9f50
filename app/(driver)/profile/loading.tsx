import { DriverPageSkeleton } from '@/components/driver/page-states';

export default function ProfileLoading() {
  return <DriverPageSkeleton />;
}
