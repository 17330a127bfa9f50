import { sql } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { stationConfiguration } from '@/db/schema';

type ConfigurationKey = { key: string; value: string | null; readonly?: boolean };

/** Records keys as the charger has them now; readonly is kept unless the charger reported it. */
export async function upsertConfigurationKeys(
  tx: Executor,
  stationId: string,
  keys: ConfigurationKey[],
): Promise<void> {
  if (keys.length === 0) return;
  await tx
    .insert(stationConfiguration)
    .values(
      keys.map(({ key, value, readonly }) => ({
        stationId,
        key,
        value,
        readonly: readonly ?? false,
      })),
    )
    .onConflictDoUpdate({
      target: [stationConfiguration.stationId, stationConfiguration.key],
      set: {
        value: sql`excluded.value`,
        updatedAt: sql`now()`,
        ...(keys.every((key) => key.readonly !== undefined)
          ? { readonly: sql`excluded.readonly` }
          : {}),
      },
    });
}
