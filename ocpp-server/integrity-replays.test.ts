import { and, eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { anomalies, meterValues, sessions } from '@/db/schema';
import { useTestDb } from '@/test/db';
import { aChargerWithDriver, callAs, useOcppServer } from '@/test/ocpp-builders';
import type { StartTransactionResponse } from './ocpp16-types';

const { db } = useTestDb();
const ocpp = useOcppServer();

async function sessionsOf(stationId: string) {
  return db.select().from(sessions).where(eq(sessions.stationId, stationId));
}

async function anomalyKinds(stationId: string) {
  const rows = await db.select().from(anomalies).where(eq(anomalies.stationId, stationId));
  return rows.map((row) => row.kind);
}

describe('replays and concurrency', () => {
  it('a StartTransaction replayed after a reconnect returns the same transactionId', async () => {
    const { station, tag, client } = await aChargerWithDriver(db, ocpp);
    const request = {
      connectorId: 1,
      idTag: tag.idTag,
      meterStart: 2000,
      timestamp: '2025-06-01T07:00:00.000Z',
    };
    const first = await callAs<StartTransactionResponse>(client, 'StartTransaction', request);
    await client.close();
    const again = await ocpp.connect(station);
    const replay = await callAs<StartTransactionResponse>(again, 'StartTransaction', request);
    expect(replay.transactionId).toBe(first.transactionId);
    expect(await sessionsOf(station.id)).toHaveLength(1);
  });

  it('concurrent Start, MeterValues, Stop and their replays from one station end consistent', async () => {
    const { station, tag } = await aChargerWithDriver(db, ocpp);
    // Sends its calls without waiting for answers, as a charger flushing its queue may.
    const fast = await ocpp.connect(station, { callConcurrency: 50 });
    const starts = [1, 2].map((connectorId) => ({
      connectorId,
      idTag: tag.idTag,
      meterStart: 1000,
      timestamp: '2025-06-02T07:00:00.000Z',
    }));
    const answers = await Promise.all(
      [...starts, ...starts, ...starts].map((start) =>
        callAs<StartTransactionResponse>(fast, 'StartTransaction', start),
      ),
    );
    const ids = new Set(answers.map((answer) => answer.transactionId));
    expect(ids.size).toBe(2);
    const [one, two] = [answers[0]!.transactionId, answers[1]!.transactionId];

    const meter = (transactionId: number, minute: number) =>
      fast.call('MeterValues', {
        connectorId: transactionId === one ? 1 : 2,
        transactionId,
        meterValue: [
          {
            timestamp: `2025-06-02T07:${String(minute).padStart(2, '0')}:00.000Z`,
            sampledValue: [{ value: String(1000 + minute * 100) }],
          },
        ],
      });
    const stop = (transactionId: number) =>
      fast.call('StopTransaction', {
        transactionId,
        meterStop: 5000,
        timestamp: '2025-06-02T08:00:00.000Z',
      });
    await Promise.all([
      ...[10, 20, 30, 10, 20].map((minute) => meter(one, minute)),
      ...[10, 20, 30, 10, 20].map((minute) => meter(two, minute)),
      stop(one),
      stop(one),
      stop(two),
      meter(one, 40),
    ]);

    const rows = await sessionsOf(station.id);
    expect(rows).toHaveLength(2);
    for (const row of rows) {
      expect(row).toMatchObject({ status: 'COMPLETED', meterStopWh: 5000, energyWh: 4000 });
      expect(row.lastMeterWh).toBe(5000);
    }
    const stored = await db
      .select()
      .from(meterValues)
      .where(and(eq(meterValues.stationId, station.id), eq(meterValues.transactionId, one)));
    expect(stored.map((s) => s.value).sort()).toEqual([2000, 3000, 4000, 5000]);
    expect(await anomalyKinds(station.id)).toEqual([]);
    expect(await fast.call('Heartbeat', {})).toHaveProperty('currentTime');
  });
});

describe('timestamps', () => {
  it('stores offsets and fractions in UTC', async () => {
    const { station, tag, client } = await aChargerWithDriver(db, ocpp);
    const { transactionId } = await callAs<StartTransactionResponse>(client, 'StartTransaction', {
      connectorId: 1,
      idTag: tag.idTag,
      meterStart: 0,
      timestamp: '2025-05-01T10:00:00.123+02:00',
    });
    await client.call('MeterValues', {
      connectorId: 1,
      transactionId,
      meterValue: [{ timestamp: '2025-05-01T05:30:00.5-03:00', sampledValue: [{ value: '250' }] }],
    });
    const [row] = await db.execute<{ started: string; sampled: string }>(
      // Formatted by PostgreSQL itself, so the driver's parsing cannot hide a wrong zone.
      sql`select to_char(s.started_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS') as started,
             to_char(m.sampled_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS') as sampled
          from sessions s join meter_values m on m.session_id = s.id
          where s.station_id = ${station.id}`,
    );
    expect(row).toEqual({ started: '2025-05-01T08:00:00.123', sampled: '2025-05-01T08:30:00.500' });
  });

  it('flags timestamps far in the future and stores them as sent', async () => {
    const { station, tag, client } = await aChargerWithDriver(db, ocpp);
    const soon = new Date(Date.now() + 60_000).toISOString();
    const far = new Date(Date.now() + 3 * 3_600_000).toISOString();
    await client.call('StatusNotification', {
      connectorId: 1,
      errorCode: 'NoError',
      status: 'Preparing',
      timestamp: soon,
    });
    expect(await anomalyKinds(station.id)).toEqual([]);
    const { transactionId } = await callAs<StartTransactionResponse>(client, 'StartTransaction', {
      connectorId: 1,
      idTag: tag.idTag,
      meterStart: 0,
      timestamp: far,
    });
    const [session] = await sessionsOf(station.id);
    expect(session).toMatchObject({ transactionId, startedAt: new Date(far) });
    const [flagged] = await db.select().from(anomalies).where(eq(anomalies.stationId, station.id));
    expect(flagged).toMatchObject({
      kind: 'future_timestamp',
      message: expect.stringContaining('StartTransaction'),
      details: expect.objectContaining({ action: 'StartTransaction', timestamp: far }),
    });
  });
});
