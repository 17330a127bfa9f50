import { asc, eq } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { stationConfiguration } from '@/db/schema';

export interface TStationConfigurationKey {
  key: string;
  value: string | null;
  readonly: boolean;
  updatedAt: string;
}

/** The configuration keys the charger last reported or accepted, by key. */
export async function listStationConfiguration(
  db: Executor,
  stationId: string,
): Promise<TStationConfigurationKey[]> {
  const rows = await db
    .select()
    .from(stationConfiguration)
    .where(eq(stationConfiguration.stationId, stationId))
    .orderBy(asc(stationConfiguration.key));
  return rows.map((row) => ({
    key: row.key,
    value: row.value,
    readonly: row.readonly,
    updatedAt: row.updatedAt.toISOString(),
  }));
}
