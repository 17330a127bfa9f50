import { DriverPageSkeleton } from '@/components/driver/page-states';

export default function FavoritesLoading() {
  return <DriverPageSkeleton />;
}
