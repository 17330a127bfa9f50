import { sql } from 'drizzle-orm';
import { sites, stations } from '@/db/schema';

type TSiteRow = typeof sites.$inferSelect;

/** A site as the API shows it: the row, timestamps as ISO strings, and how many stations it has. */
export type TSite = Omit<TSiteRow, 'createdAt'> & { createdAt: string; stationCount: number };

/**
 * Select shape: the site and its station count, counted in the same statement. The columns are
 * qualified by hand: drizzle writes bare names in a one-table select, and a bare `id` inside
 * the subquery would be the station's.
 */
export const siteWithStationCount = {
  site: sites,
  stationCount: sql<number>`(select count(*)::int from ${stations} where ${stations}.${sql.identifier(stations.siteId.name)} = ${sites}.${sql.identifier(sites.id.name)})`,
};

export function toSite(row: { site: TSiteRow; stationCount: number }): TSite {
  return {
    ...row.site,
    createdAt: row.site.createdAt.toISOString(),
    stationCount: row.stationCount,
  };
}
