import { and, eq, isNull } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { stations } from '@/db/schema';

/** `station:<id>` → that station; `site:<id>` → every station of the site still in service. */
export async function resolveLocalListTargets(
  db: Executor,
  target: { kind: 'station' | 'site'; id: string },
): Promise<string[]> {
  const rows = await db
    .select({ id: stations.id })
    .from(stations)
    .where(
      target.kind === 'site'
        ? and(eq(stations.siteId, target.id), isNull(stations.decommissionedAt))
        : eq(stations.id, target.id),
    );
  return rows.map((row) => row.id);
}
