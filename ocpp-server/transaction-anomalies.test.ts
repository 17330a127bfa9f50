import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { anomalies, meterValues, sessions } from '@/db/schema';
import { useTestDb } from '@/test/db';
import { aChargerWithDriver, callAs, useOcppServer } from '@/test/ocpp-builders';
import type { StartTransactionResponse } from './ocpp16-types';

const { db } = useTestDb();
const ocpp = useOcppServer();
const chargerWithDriver = () => aChargerWithDriver(db, ocpp);

async function sessionOf(transactionId: number) {
  const [row] = await db.select().from(sessions).where(eq(sessions.transactionId, transactionId));
  return row!;
}

async function anomaliesOf(stationId: string) {
  return db.select().from(anomalies).where(eq(anomalies.stationId, stationId));
}

function sample(timestamp: string, values: object[]) {
  return { timestamp, sampledValue: values };
}

describe('transaction messages with business problems get normal answers', () => {
  it('StopTransaction for an unknown transaction is answered normally and recorded as an anomaly', async () => {
    const { station, client } = await chargerWithDriver();
    const answer = await client.call('StopTransaction', {
      transactionId: 987_654_321,
      meterStop: 100,
      timestamp: '2025-05-04T10:00:00.000Z',
    });
    expect(answer).toEqual({});
    await client.call('StopTransaction', {
      transactionId: -1,
      meterStop: 100,
      timestamp: '2025-05-04T10:00:00.000Z',
    });
    const found = await anomaliesOf(station.id);
    expect(found.map((a) => a.kind)).toEqual(['unknown_transaction', 'unknown_transaction']);
  });

  it('MeterValues for an unknown transaction are stored without a session and recorded', async () => {
    const { station, client } = await chargerWithDriver();
    const answer = await client.call('MeterValues', {
      connectorId: 1,
      transactionId: 424_242,
      meterValue: [sample('2025-05-05T10:00:00.000Z', [{ value: '77' }])],
    });
    expect(answer).toEqual({});
    const stored = await db
      .select()
      .from(meterValues)
      .where(and(eq(meterValues.stationId, station.id), eq(meterValues.transactionId, 424_242)));
    expect(stored).toMatchObject([{ sessionId: null, value: 77 }]);
    expect((await anomaliesOf(station.id)).map((a) => a.kind)).toEqual(['unknown_transaction']);
  });

  it('a meterStop below meterStart finalises with zero energy and records an anomaly', async () => {
    const { station, tag, client } = await chargerWithDriver();
    const { transactionId } = await callAs<StartTransactionResponse>(client, 'StartTransaction', {
      connectorId: 1,
      idTag: tag.idTag,
      meterStart: 5000,
      timestamp: '2025-05-06T10:00:00.000Z',
    });
    expect(
      await client.call('StopTransaction', {
        transactionId,
        meterStop: 4000,
        timestamp: '2025-05-06T11:00:00.000Z',
      }),
    ).toEqual({});
    expect(await sessionOf(transactionId)).toMatchObject({ status: 'COMPLETED', energyWh: 0 });
    expect((await anomaliesOf(station.id)).map((a) => a.kind)).toEqual(['meter_stop_before_start']);
  });

  it('an unknown id tag still gets a transaction, answered Invalid', async () => {
    const { client } = await chargerWithDriver();
    const start = await callAs<StartTransactionResponse>(client, 'StartTransaction', {
      connectorId: 1,
      idTag: 'STRANGER',
      meterStart: 0,
      timestamp: '2025-05-07T10:00:00.000Z',
    });
    expect(start.idTagInfo.status).toBe('Invalid');
    expect((await sessionOf(start.transactionId)).userId).toBeNull();
  });
});
