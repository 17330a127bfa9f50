import type { Metadata } from 'next';
import { Suspense } from 'react';
import { listSiteCities, type TCity } from '@/components/driver/find/city-centres';
import { ChargerResults } from '@/components/driver/find/charger-results';
import { FindFilters } from '@/components/driver/find/find-filters';
import {
  parseFindSearchParams,
  toChargingPointFilters,
  type TFindSearchParams,
} from '@/components/driver/find/find-search-params';
import { LiveRefresh } from '@/components/driver/find/live-refresh';
import { SectionSkeleton, Skeleton } from '@/components/ui/skeleton';
import { getCurrentUser } from '@/lib/auth/current-user';
import { listChargingPoints } from '@/lib/charging-points/list-charging-points';
import { getDb } from '@/lib/db';

export const metadata: Metadata = { title: 'Find a charger' };

type TSearchParams = Promise<Record<string, string | string[] | undefined>>;

async function Results({
  params,
  cities,
  userId,
}: {
  params: TFindSearchParams;
  cities: TCity[];
  userId: string | undefined;
}) {
  const centres = new Map(cities.map((city) => [city.name.toLowerCase(), city.centre]));
  const filters = toChargingPointFilters(params, centres, userId);
  const points = await listChargingPoints(getDb(), filters);
  return <ChargerResults points={points} origin={filters.near ?? null} />;
}

/** Public: anyone can find a charger; signed-in drivers also see and filter their favorites. */
export default async function FindPage({ searchParams }: { searchParams: TSearchParams }) {
  const params = parseFindSearchParams(await searchParams);
  const [user, cities] = await Promise.all([getCurrentUser(), listSiteCities(getDb())]);
  return (
    <div className="space-y-4">
      <div>
        <h1 className="text-2xl font-semibold">Find a charger</h1>
        <p className="mt-1 text-sm text-slate-600">
          Live availability, price and queue at every site.
        </p>
      </div>
      <FindFilters params={params} cities={cities} signedIn={user !== null} />
      <Suspense
        key={JSON.stringify(params)}
        fallback={
          <div className="grid gap-4 lg:grid-cols-2">
            <Skeleton className="aspect-[5/3]" />
            <SectionSkeleton />
          </div>
        }
      >
        <Results params={params} cities={cities} userId={user?.id} />
      </Suspense>
      <LiveRefresh />
    </div>
  );
}
