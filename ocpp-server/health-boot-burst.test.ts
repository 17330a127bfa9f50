import { and, eq, inArray, like } from 'drizzle-orm';
import type { RPCClient } from 'ocpp-rpc';
import { describe, expect, it } from 'vitest';
import { connectors, stations } from '@/db/schema';
import { generateStationPassword } from '@/lib/auth/password';
import { provisionStationsInBulk } from '@/lib/stations/provision-stations-in-bulk';
import { useTestDb } from '@/test/db';
import { unique } from '@/test/builders';
import { callAs, eventually, useOcppServer } from '@/test/ocpp-builders';
import type { BootNotificationResponse } from './ocpp16-types';

const STATIONS = 300;
// A machine-generated secret, as a provisioned fleet has (the fast hash; see station-password.ts).
const PASSWORD = generateStationPassword();
const { db } = useTestDb();
const ocpp = useOcppServer();

describe('a boot burst', () => {
  it('hundreds of stations booting and reporting status at once are all answered and stored', async () => {
    const prefix = unique('BURST');
    await provisionStationsInBulk(
      db,
      PASSWORD,
      Array.from({ length: STATIONS }, (_, n) => ({
        identity: `${prefix}-${n}`,
        name: `Burst ${n}`,
        registrationStatus: 'Accepted' as const,
        connectors: [
          { connectorId: 1, type: 'Type2' as const, maxPowerW: 22_000 },
          { connectorId: 2, type: 'Type2' as const, maxPowerW: 22_000 },
        ],
      })),
    );

    const lifecycle = async (n: number): Promise<RPCClient> => {
      const client = await ocpp.connect({ identity: `${prefix}-${n}`, password: PASSWORD });
      const boot = await callAs<BootNotificationResponse>(client, 'BootNotification', {
        chargePointVendor: 'Burst',
        chargePointModel: 'B1',
      });
      expect(boot.status).toBe('Accepted');
      await Promise.all(
        [0, 1, 2].map((connectorId) =>
          client.call('StatusNotification', {
            connectorId,
            errorCode: 'NoError',
            status: connectorId === 2 ? 'Preparing' : 'Available',
            timestamp: new Date().toISOString(),
          }),
        ),
      );
      return client;
    };
    // Any CALLERROR or timeout rejects here.
    const clients = await Promise.all(Array.from({ length: STATIONS }, (_, n) => lifecycle(n)));
    expect(clients).toHaveLength(STATIONS);

    const rows = await eventually(async () => {
      const found = await db
        .select()
        .from(stations)
        .where(and(like(stations.identity, `${prefix}-%`), eq(stations.connectionState, 'online')));
      return found.length === STATIONS && found;
    });
    expect(rows.every((row) => row.status === 'Available' && row.vendor === 'Burst')).toBe(true);
    const reported = await db
      .select()
      .from(connectors)
      .where(
        inArray(
          connectors.stationId,
          rows.map((row) => row.id),
        ),
      );
    expect(reported).toHaveLength(STATIONS * 2);
    expect(reported.filter((c) => c.connectorId === 2).every((c) => c.status === 'Preparing')).toBe(
      true,
    );
    expect(reported.filter((c) => c.connectorId === 1).every((c) => c.status === 'Available')).toBe(
      true,
    );
  }, 60_000);
});
