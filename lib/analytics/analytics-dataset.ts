import { and, eq } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { anomalies, commands, connectors, ocppMessages, sessions, stations } from '@/db/schema';
import { aSite, aStation } from '@/test/builders';

/**
 * The hand-made network the analytics integration test knows every answer for (see the test's
 * comments). "Now" is 2031-06-15T12:00Z, far from any other test's rows.
 */
export const NOW = new Date('2031-06-15T12:00:00Z');
const t = (iso: string) => new Date(`2031-06-${iso}Z`);

export async function seedAnalyticsDataset(db: Executor) {
  const siteA = await aSite(db, { name: 'Alpha' });
  const siteB = await aSite(db, { name: 'Bravo' });
  const a1 = await aStation(db, { siteId: siteA.id, name: 'A1' });
  const a2 = await aStation(db, { siteId: siteA.id, name: 'A2' });
  const b1 = await aStation(db, { siteId: siteB.id, name: 'B1' });
  const gone = await aStation(db, { siteId: siteA.id, name: 'Gone' });
  await db.update(stations).set({ connectionState: 'online' }).where(eq(stations.id, a1.id));
  await db
    .update(stations)
    .set({ connectionState: 'online', status: 'Faulted' })
    .where(eq(stations.id, b1.id));
  await db
    .update(stations)
    .set({ decommissionedAt: t('01T00:00:00') })
    .where(eq(stations.id, gone.id));
  await db
    .update(connectors)
    .set({ status: 'Faulted' })
    .where(and(eq(connectors.stationId, a1.id), eq(connectors.connectorId, 2)));

  const done = (
    stationId: string,
    connectorId: number,
    start: string,
    stop: string,
    wh: number,
    cost: number,
    currency = 'EUR',
  ) => ({
    stationId,
    connectorId,
    status: 'COMPLETED' as const,
    startedAt: t(start),
    stoppedAt: t(stop),
    energyWh: wh,
    costMinor: cost,
    currency,
  });
  await db.insert(sessions).values([
    done(a1.id, 1, '15T08:00:00', '15T10:00:00', 20_000, 600),
    { ...done(a1.id, 2, '14T22:00:00', '14T23:00:00', 5_000, 150), status: 'STOPPED' },
    done(a2.id, 1, '01T00:00:00', '01T01:00:00', 10_000, 300),
    done(b1.id, 1, '15T09:00:00', '15T09:30:00', 1_000, 200, 'GBP'),
    {
      stationId: a1.id,
      connectorId: 1,
      status: 'CHARGING',
      startedAt: t('15T11:00:00'),
      meterStartWh: 1_000,
      lastMeterWh: 4_000,
      lastMeterAt: t('15T11:30:00'),
      lastPowerW: 7_000,
    },
    { stationId: a1.id, connectorId: 2, status: 'FAILED', startedAt: t('15T07:00:00') },
  ]);

  const cmd = (
    stationId: string,
    action: string,
    state: 'answered' | 'timeout' | 'offline' | 'queued',
    ocppStatus: string | null,
    hour: number,
  ) => ({
    stationId,
    action,
    request: {},
    state,
    ocppStatus,
    createdAt: new Date(Date.UTC(2031, 5, 15, hour)),
  });
  await db
    .insert(commands)
    .values([
      cmd(a1.id, 'RemoteStartTransaction', 'answered', 'Accepted', 1),
      cmd(a1.id, 'UnlockConnector', 'answered', 'Unlocked', 2),
      cmd(a1.id, 'UnlockConnector', 'answered', 'UnlockFailed', 3),
      cmd(a1.id, 'Reset', 'timeout', null, 4),
      cmd(a1.id, 'ChangeAvailability', 'offline', null, 5),
      cmd(a1.id, 'GetConfiguration', 'answered', null, 6),
      cmd(a1.id, 'Reset', 'queued', null, 7),
      cmd(b1.id, 'Reset', 'answered', 'Rejected', 8),
    ]);

  const status = (station: typeof a1, errorCode: string) => ({
    stationId: station.id,
    identity: station.identity,
    direction: 'in' as const,
    messageType: 2,
    action: 'StatusNotification',
    payload: { connectorId: 1, status: 'Faulted', errorCode },
    createdAt: t('15T06:00:00'),
  });
  await db
    .insert(ocppMessages)
    .values([
      status(a1, 'GroundFailure'),
      status(a1, 'GroundFailure'),
      status(a1, 'NoError'),
      status(b1, 'HighTemperature'),
    ]);
  await db.insert(anomalies).values([
    {
      stationId: a1.id,
      kind: 'meter_backwards',
      message: 'Meter went back',
      createdAt: t('10T00:00:00'),
    },
    ...Array.from({ length: 12 }, (_, i) => ({
      stationId: b1.id,
      kind: 'unknown_transaction',
      message: `Unknown transaction ${i}`,
      createdAt: new Date(Date.UTC(2031, 5, 15, 0, i)),
    })),
  ]);
  return { siteA, siteB, a1, a2, b1 };
}
