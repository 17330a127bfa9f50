import type { Executor } from '@/db/client';
import { connectors, stations } from '@/db/schema';
import { hashStationPassword } from './station-password';
import type { ProvisionStationInput } from './provision-station';

const CHUNK = 500;

/**
 * Registers many stations that share one password (simulated fleets, benchmarks): one hash
 * (see station-password.ts) and multi-row inserts instead of a hash and two statements per
 * station.
 */
export async function provisionStationsInBulk(
  db: Executor,
  password: string,
  inputs: Omit<ProvisionStationInput, 'password'>[],
): Promise<number> {
  const passwordHash = await hashStationPassword(password);
  let created = 0;
  for (let start = 0; start < inputs.length; start += CHUNK) {
    const chunk = inputs.slice(start, start + CHUNK);
    await db.transaction(async (tx) => {
      const rows = await tx
        .insert(stations)
        .values(
          chunk.map((input) => ({
            identity: input.identity,
            name: input.name,
            passwordHash,
            siteId: input.siteId ?? null,
            vendor: input.vendor,
            model: input.model,
            registrationStatus: input.registrationStatus ?? 'Accepted',
          })),
        )
        .onConflictDoNothing({ target: stations.identity })
        .returning({ id: stations.id, identity: stations.identity });
      const byIdentity = new Map(chunk.map((input) => [input.identity, input]));
      const connectorRows = rows.flatMap((row) =>
        (byIdentity.get(row.identity)?.connectors ?? []).map((c) => ({ ...c, stationId: row.id })),
      );
      if (connectorRows.length > 0) await tx.insert(connectors).values(connectorRows);
      created += rows.length;
    });
  }
  return created;
}
