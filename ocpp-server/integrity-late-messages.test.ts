import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { anomalies, meterValues, sessions } from '@/db/schema';
import { useTestDb } from '@/test/db';
import { aChargerWithDriver, callAs, useOcppServer } from '@/test/ocpp-builders';
import type { StartTransactionResponse } from './ocpp16-types';

const { db } = useTestDb();
const ocpp = useOcppServer();

const hoursAgo = (hours: number, minutes = 0) =>
  new Date(Date.now() - hours * 3_600_000 + minutes * 60_000).toISOString();

function reading(timestamp: string, wh: number) {
  return { timestamp, sampledValue: [{ value: String(wh) }] };
}

async function sessionsOf(stationId: string) {
  return db.select().from(sessions).where(eq(sessions.stationId, stationId));
}

async function anomalyKinds(stationId: string) {
  const rows = await db
    .select()
    .from(anomalies)
    .where(eq(anomalies.stationId, stationId))
    .orderBy(anomalies.createdAt);
  return rows.map((row) => row.kind);
}

describe('offline-queued messages arriving late', () => {
  it('accepts a late Start, out-of-order MeterValues, Stop and MeterValues after the Stop', async () => {
    const { station, tag, client } = await aChargerWithDriver(db, ocpp);
    const startedAt = hoursAgo(3);
    const { transactionId } = await callAs<StartTransactionResponse>(client, 'StartTransaction', {
      connectorId: 1,
      idTag: tag.idTag,
      meterStart: 10_000,
      timestamp: startedAt,
    });
    const meter = (value: ReturnType<typeof reading>) =>
      client.call('MeterValues', { connectorId: 1, transactionId, meterValue: [value] });
    await meter(reading(hoursAgo(3, 40), 14_000));
    await meter(reading(hoursAgo(3, 20), 12_000));
    const live = (await sessionsOf(station.id))[0]!;
    // The earlier reading arrived later: the live reading does not move backwards.
    expect(live).toMatchObject({ lastMeterWh: 14_000, energyWh: 4_000 });

    await client.call('StopTransaction', {
      transactionId,
      meterStop: 16_000,
      timestamp: hoursAgo(2),
      reason: 'EVDisconnected',
    });
    await meter(reading(hoursAgo(2, 50), 15_500));

    const [session] = await sessionsOf(station.id);
    expect(session).toMatchObject({
      status: 'COMPLETED',
      startedAt: new Date(startedAt),
      stoppedAt: expect.any(Date),
      meterStopWh: 16_000,
      lastMeterWh: 16_000,
      energyWh: 6_000,
      stopReason: 'EVDisconnected',
    });
    // Billing time is the charger's, hours before the messages arrived.
    expect(Date.now() - session!.stoppedAt!.getTime()).toBeGreaterThan(3_600_000);
    const samples = await db
      .select()
      .from(meterValues)
      .where(eq(meterValues.sessionId, session!.id));
    expect(samples.map((s) => s.value).sort()).toEqual([12_000, 14_000, 15_500]);
    expect(await anomalyKinds(station.id)).toEqual([]);
  });

  it('a StopTransaction that arrives before its StartTransaction completes the session when the start comes', async () => {
    const { station, tag, client } = await aChargerWithDriver(db, ocpp);
    const stop = {
      transactionId: -1,
      idTag: tag.idTag,
      meterStop: 9_000,
      timestamp: hoursAgo(1),
      reason: 'Local',
      transactionData: [reading(hoursAgo(1, -30), 7_000)],
    };
    expect(await client.call('StopTransaction', stop)).toMatchObject({
      idTagInfo: { status: 'Accepted' },
    });
    expect(await client.call('StopTransaction', stop)).toBeDefined();
    expect(await anomalyKinds(station.id)).toEqual(['unknown_transaction']);
    expect(await sessionsOf(station.id)).toEqual([]);

    const start = {
      connectorId: 2,
      idTag: tag.idTag,
      meterStart: 5_000,
      timestamp: hoursAgo(2),
    };
    const first = await callAs<StartTransactionResponse>(client, 'StartTransaction', start);
    expect(first.idTagInfo.status).toBe('Accepted');
    const replay = await callAs<StartTransactionResponse>(client, 'StartTransaction', start);
    expect(replay.transactionId).toBe(first.transactionId);

    const [session] = await sessionsOf(station.id);
    expect(session).toMatchObject({
      transactionId: first.transactionId,
      status: 'COMPLETED',
      stoppedAt: new Date(stop.timestamp),
      meterStopWh: 9_000,
      energyWh: 4_000,
    });
    const linked = await db
      .select()
      .from(meterValues)
      .where(eq(meterValues.sessionId, session!.id));
    expect(linked.map((s) => s.value)).toEqual([7_000]);
    expect(await anomalyKinds(station.id)).toEqual(['unknown_transaction', 'stop_before_start']);

    // A later, unrelated start is not swallowed by that stop.
    const next = await callAs<StartTransactionResponse>(client, 'StartTransaction', {
      ...start,
      timestamp: hoursAgo(0, -1),
    });
    const rows = await sessionsOf(station.id);
    expect(rows.find((r) => r.transactionId === next.transactionId)?.status).toBe('CHARGING');
  });
});
