import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { meterValues, sessions } from '@/db/schema';
import { useTestDb } from '@/test/db';
import { anIdTag } from '@/test/builders';
import { aChargerWithDriver, callAs, useOcppServer } from '@/test/ocpp-builders';
import type { StartTransactionResponse, StopTransactionResponse } from './ocpp16-types';

const { db } = useTestDb();
const ocpp = useOcppServer();
const chargerWithDriver = () => aChargerWithDriver(db, ocpp);

async function sessionOf(transactionId: number) {
  const [row] = await db.select().from(sessions).where(eq(sessions.transactionId, transactionId));
  return row!;
}

function sample(timestamp: string, values: object[]) {
  return { timestamp, sampledValue: values };
}

describe('transactions', () => {
  it('persists a full transaction: start, meter values, stop, with correct energy', async () => {
    const { station, user, tag, client } = await chargerWithDriver();
    const start = await callAs<StartTransactionResponse>(client, 'StartTransaction', {
      connectorId: 1,
      idTag: tag.idTag,
      meterStart: 10_000,
      timestamp: '2025-05-01T08:00:00.000Z',
    });
    expect(start.idTagInfo.status).toBe('Accepted');
    expect(await sessionOf(start.transactionId)).toMatchObject({
      stationId: station.id,
      connectorId: 1,
      userId: user.id,
      status: 'CHARGING',
      startedAt: new Date('2025-05-01T08:00:00.000Z'),
      meterStartWh: 10_000,
    });

    expect(
      await client.call('MeterValues', {
        connectorId: 1,
        transactionId: start.transactionId,
        meterValue: [
          sample('2025-05-01T08:10:00.000Z', [
            { value: '12.5', measurand: 'Energy.Active.Import.Register', unit: 'kWh' },
            { value: '7.4', measurand: 'Power.Active.Import', unit: 'kW' },
            { value: '231', measurand: 'Voltage', unit: 'V', phase: 'L1' },
            { value: '41', measurand: 'SoC', unit: 'Percent', location: 'EV' },
          ]),
        ],
      }),
    ).toEqual({});
    const live = await sessionOf(start.transactionId);
    expect(live).toMatchObject({
      lastMeterWh: 12_500,
      lastPowerW: 7_400,
      socPercent: 41,
      energyWh: 2_500,
      lastMeterAt: new Date('2025-05-01T08:10:00.000Z'),
    });

    const stop = await callAs<StopTransactionResponse>(client, 'StopTransaction', {
      transactionId: start.transactionId,
      idTag: tag.idTag,
      meterStop: 14_250,
      timestamp: '2025-05-01T08:30:00.000Z',
      transactionData: [
        sample('2025-05-01T08:30:00.000Z', [{ value: '14250', context: 'Transaction.End' }]),
      ],
    });
    expect(stop.idTagInfo?.status).toBe('Accepted');
    expect(await sessionOf(start.transactionId)).toMatchObject({
      status: 'COMPLETED',
      stoppedAt: new Date('2025-05-01T08:30:00.000Z'),
      meterStopWh: 14_250,
      energyWh: 4_250,
      stopReason: 'Local',
    });
    const samples = await db.select().from(meterValues).where(eq(meterValues.sessionId, live.id));
    expect(samples).toHaveLength(5);
    expect(samples.find((s) => s.context === 'Transaction.End')).toMatchObject({
      measurand: 'Energy.Active.Import.Register',
      unit: 'Wh',
      value: 14_250,
    });
  });

  it('a replayed StartTransaction returns the same transactionId and creates nothing', async () => {
    const { station, tag, client } = await chargerWithDriver();
    const request = {
      connectorId: 2,
      idTag: tag.idTag,
      meterStart: 500,
      timestamp: '2025-05-02T09:00:00.000Z',
    };
    const first = await callAs<StartTransactionResponse>(client, 'StartTransaction', request);
    const replay = await callAs<StartTransactionResponse>(client, 'StartTransaction', request);
    expect(replay.transactionId).toBe(first.transactionId);
    const rows = await db.select().from(sessions).where(eq(sessions.stationId, station.id));
    expect(rows).toHaveLength(1);
  });

  it('replayed MeterValues and StopTransaction change nothing', async () => {
    const { client } = await chargerWithDriver();
    const { idTag } = await anIdTag(db);
    const { transactionId } = await callAs<StartTransactionResponse>(client, 'StartTransaction', {
      connectorId: 1,
      idTag,
      meterStart: 0,
      timestamp: '2025-05-03T09:00:00.000Z',
    });
    const meter = {
      connectorId: 1,
      transactionId,
      meterValue: [sample('2025-05-03T09:05:00.000Z', [{ value: '900' }])],
    };
    await client.call('MeterValues', meter);
    await client.call('MeterValues', {
      ...meter,
      meterValue: [sample('2025-05-03T09:06:00.000Z', [{ value: '1000' }])],
    });
    await client.call('MeterValues', meter);
    const session = await sessionOf(transactionId);
    expect(session.lastMeterWh).toBe(1000);
    const stored = await db.select().from(meterValues).where(eq(meterValues.sessionId, session.id));
    expect(stored).toHaveLength(2);

    const stop = {
      transactionId,
      meterStop: 1200,
      timestamp: '2025-05-03T09:10:00.000Z',
      reason: 'EVDisconnected',
    };
    await client.call('StopTransaction', stop);
    const stopped = await sessionOf(transactionId);
    await client.call('StopTransaction', {
      ...stop,
      meterStop: 9999,
      timestamp: '2025-05-03T09:20:00.000Z',
    });
    expect(await sessionOf(transactionId)).toEqual(stopped);
    expect(stopped).toMatchObject({ energyWh: 1200, stopReason: 'EVDisconnected' });
  });

  it('meter values from many chargers at once are all stored', async () => {
    const chargers = await Promise.all(Array.from({ length: 5 }, () => chargerWithDriver()));
    const starts = await Promise.all(
      chargers.map(({ client, tag }) =>
        callAs<StartTransactionResponse>(client, 'StartTransaction', {
          connectorId: 1,
          idTag: tag.idTag,
          meterStart: 0,
          timestamp: '2025-05-08T10:00:00.000Z',
        }),
      ),
    );
    await Promise.all(
      chargers.flatMap(({ client }, i) =>
        [1, 2, 3].map((minute) =>
          client.call('MeterValues', {
            connectorId: 1,
            transactionId: starts[i]!.transactionId,
            meterValue: [
              sample(`2025-05-08T10:0${minute}:00.000Z`, [{ value: String(minute * 100) }]),
            ],
          }),
        ),
      ),
    );
    for (const start of starts) expect((await sessionOf(start.transactionId)).energyWh).toBe(300);
  });

  it('accepts lifetime registers above 2^31 Wh (a busy DC charger reaches that in about two years)', async () => {
    const { client } = await chargerWithDriver();
    const meterStart = 3_000_000_000;
    const start = await callAs<StartTransactionResponse>(client, 'StartTransaction', {
      connectorId: 1,
      idTag: (await chargerWithDriver()).tag.idTag,
      meterStart,
      timestamp: '2025-05-02T08:00:00.000Z',
    });
    await callAs<StopTransactionResponse>(client, 'StopTransaction', {
      transactionId: start.transactionId,
      meterStop: meterStart + 45_000,
      timestamp: '2025-05-02T09:00:00.000Z',
    });
    expect(await sessionOf(start.transactionId)).toMatchObject({
      meterStartWh: meterStart,
      meterStopWh: meterStart + 45_000,
      energyWh: 45_000,
      status: 'COMPLETED',
    });
  });
});
