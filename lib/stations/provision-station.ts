import type { Executor } from '@/db/client';
import { connectors, stations } from '@/db/schema';
import { hashStationPassword } from './station-password';

type ConnectorType = (typeof connectors.$inferInsert)['type'];

export interface ProvisionStationInput {
  identity: string;
  name: string;
  password: string;
  siteId?: string | null;
  tariffId?: string | null;
  vendor?: string;
  model?: string;
  registrationStatus?: 'Accepted' | 'Pending' | 'Rejected';
  connectors: { connectorId: number; type: ConnectorType; maxPowerW: number }[];
}

/** Registers a station and its connectors so the charger can connect with its password. */
export async function provisionStation(db: Executor, input: ProvisionStationInput) {
  const passwordHash = await hashStationPassword(input.password);
  return db.transaction(async (tx) => {
    const [station] = await tx
      .insert(stations)
      .values({
        identity: input.identity,
        name: input.name,
        passwordHash,
        siteId: input.siteId ?? null,
        tariffId: input.tariffId ?? null,
        vendor: input.vendor,
        model: input.model,
        registrationStatus: input.registrationStatus ?? 'Accepted',
      })
      .returning();
    if (!station) throw new Error(`station ${input.identity} was not created`);
    if (input.connectors.length > 0) {
      await tx
        .insert(connectors)
        .values(input.connectors.map((c) => ({ ...c, stationId: station.id })));
    }
    return station;
  });
}
