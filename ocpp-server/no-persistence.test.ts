import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { meterValues, ocppMessages, sessions, stations } from '@/db/schema';
import { aStation } from '@/test/builders';
import { useTestDb } from '@/test/db';
import { aChargePoint, anOcppServer, callAs } from '@/test/ocpp-builders';

const { db } = useTestDb();

describe('no-persistence mode (the benchmark ceiling)', () => {
  it('answers a real client with schema-valid canned responses and writes nothing', async () => {
    const station = await aStation(db);
    const server = await anOcppServer({ persistence: false });
    // Strict mode on the client too: every answer below was validated against its schema.
    const client = await aChargePoint(server, station);
    try {
      expect(
        await callAs(client, 'BootNotification', {
          chargePointVendor: 'Bench',
          chargePointModel: 'Ceiling',
        }),
      ).toMatchObject({ status: 'Accepted', interval: 60 });
      expect(
        await callAs(client, 'StatusNotification', {
          connectorId: 1,
          errorCode: 'NoError',
          status: 'Preparing',
        }),
      ).toEqual({});
      const start = (idTag: string) =>
        callAs<{ transactionId: number }>(client, 'StartTransaction', {
          connectorId: 1,
          idTag,
          meterStart: 1000,
          timestamp: new Date().toISOString(),
        });
      const first = await start('ANY-TAG');
      const second = await start('OTHER-TAG');
      expect(second.transactionId).toBe(first.transactionId + 1);
      expect(
        await callAs(client, 'MeterValues', {
          connectorId: 1,
          transactionId: first.transactionId,
          meterValue: [{ timestamp: new Date().toISOString(), sampledValue: [{ value: '1500' }] }],
        }),
      ).toEqual({});
      expect(
        await callAs(client, 'StopTransaction', {
          transactionId: first.transactionId,
          meterStop: 1500,
          timestamp: new Date().toISOString(),
        }),
      ).toEqual({});
      expect(await callAs(client, 'Heartbeat', {})).toHaveProperty('currentTime');
    } finally {
      await client.close();
      // Closing flushes every batched writer, so anything queued would be in the tables now.
      await server.close();
    }

    const [row] = await db.select().from(stations).where(eq(stations.id, station.id));
    expect(row).toMatchObject({ connectionState: 'offline', lastBootAt: null, vendor: null });
    for (const table of [meterValues, sessions, ocppMessages]) {
      expect(await db.select().from(table).where(eq(table.stationId, station.id))).toEqual([]);
    }
  });
});
