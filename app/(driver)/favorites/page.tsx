import type { Metadata } from 'next';
import Link from 'next/link';
import { Suspense } from 'react';
import { FavoriteToggle } from '@/components/driver/chargers/favorite-toggle';
import { ChargerListItem } from '@/components/driver/find/charger-list-item';
import { LiveRefresh } from '@/components/driver/find/live-refresh';
import { SectionSkeleton } from '@/components/ui/skeleton';
import { requireRole } from '@/lib/auth/current-user';
import { listChargingPoints } from '@/lib/charging-points/list-charging-points';
import { getDb } from '@/lib/db';

export const metadata: Metadata = { title: 'Favorites' };

async function FavoriteList({ userId }: { userId: string }) {
  const points = await listChargingPoints(getDb(), { userId, onlyFavorites: true });
  if (points.length === 0) {
    return (
      <p className="rounded-xl border border-dashed border-slate-300 bg-white p-6 text-center text-sm text-slate-600">
        No favorites yet.{' '}
        <Link href="/" className="text-brand-700 font-medium underline">
          Find a charger
        </Link>{' '}
        and save it with “Add to favorites”.
      </p>
    );
  }
  return (
    <ul className="grid gap-3 lg:grid-cols-2" aria-label="Your favorite chargers">
      {points.map((point) => (
        <ChargerListItem
          key={point.id}
          point={point}
          actions={<FavoriteToggle stationId={point.id} isFavorite />}
        />
      ))}
    </ul>
  );
}

export default async function FavoritesPage() {
  const { user } = await requireRole('driver', '/favorites');
  return (
    <div className="space-y-4">
      <div>
        <h1 className="text-2xl font-semibold">Favorites</h1>
        <p className="mt-1 text-sm text-slate-600">Your saved chargers, with live status.</p>
      </div>
      <Suspense fallback={<SectionSkeleton />}>
        <FavoriteList userId={user.id} />
      </Suspense>
      <LiveRefresh />
    </div>
  );
}
