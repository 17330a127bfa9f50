import type { Executor } from '@/db/client';
import { listSites } from '@/lib/sites/list-sites';

export interface TCity {
  name: string;
  centre: { lat: number; lng: number };
}

/** The sites' cities, each at the mean position of its sites (the "distance from" fallback). */
export async function listSiteCities(db: Executor): Promise<TCity[]> {
  const { items } = await listSites(db, { limit: 200 });
  const byCity = new Map<string, { name: string; lat: number; lng: number; n: number }>();
  for (const site of items) {
    const key = site.city.toLowerCase();
    const city = byCity.get(key) ?? { name: site.city, lat: 0, lng: 0, n: 0 };
    city.lat += site.latitude;
    city.lng += site.longitude;
    city.n += 1;
    byCity.set(key, city);
  }
  return [...byCity.values()]
    .map(({ name, lat, lng, n }) => ({ name, centre: { lat: lat / n, lng: lng / n } }))
    .sort((a, b) => a.name.localeCompare(b.name));
}
