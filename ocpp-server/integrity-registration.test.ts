import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anomalies, connectors, sessions, stations } from '@/db/schema';
import { hashPassword } from '@/lib/auth/password';
import { approveStation } from '@/lib/stations/approve-station';
import { useTestDb } from '@/test/db';
import { aStation, anIdTag, unique } from '@/test/builders';
import { callAs, listenForEvents, useOcppServer } from '@/test/ocpp-builders';
import type { BootNotificationResponse, StartTransactionResponse } from './ocpp16-types';

const { db } = useTestDb();
const ocpp = useOcppServer({ heartbeatIntervalS: 30 });
let events: Awaited<ReturnType<typeof listenForEvents>>;
beforeAll(async () => {
  events = await listenForEvents();
});
afterAll(() => events.close());

const boot = { chargePointVendor: 'Acme', chargePointModel: 'Volt' };

async function stationRow(id: string) {
  const [row] = await db.select().from(stations).where(eq(stations.id, id));
  return row!;
}

describe('registration (OCPP 1.6 §4.2)', () => {
  it('a station nobody decided on is Pending', async () => {
    const [row] = await db
      .insert(stations)
      .values({ identity: unique('NEW'), name: 'New', passwordHash: await hashPassword('x') })
      .returning();
    expect(row!.registrationStatus).toBe('Pending');
  });

  it('Pending: answered with the interval, harmless calls served, transactions kept, no new authorizations; approval accepts the next boot', async () => {
    const station = await aStation(db, { registrationStatus: 'Pending' });
    const tag = await anIdTag(db);
    const client = await ocpp.connect(station);
    const pending = await callAs<BootNotificationResponse>(client, 'BootNotification', boot);
    expect(pending).toMatchObject({ status: 'Pending', interval: 30 });
    expect((await stationRow(station.id)).bootStatus).toBe('Pending');

    expect(await client.call('Heartbeat', {})).toHaveProperty('currentTime');
    await client.call('StatusNotification', {
      connectorId: 1,
      errorCode: 'NoError',
      status: 'Preparing',
    });
    const [connector] = await db
      .select()
      .from(connectors)
      .where(eq(connectors.stationId, station.id))
      .orderBy(connectors.connectorId);
    expect(connector!.status).toBe('Preparing');
    await expect(client.call('Authorize', { idTag: tag.idTag })).rejects.toMatchObject({
      rpcErrorCode: 'SecurityError',
    });

    // A misbehaving charger's transaction is never lost: stored, answered, flagged.
    const start = await callAs<StartTransactionResponse>(client, 'StartTransaction', {
      connectorId: 1,
      idTag: tag.idTag,
      meterStart: 0,
      timestamp: new Date().toISOString(),
    });
    const [session] = await db.select().from(sessions).where(eq(sessions.stationId, station.id));
    expect(session!.transactionId).toBe(start.transactionId);
    const [flag] = await db.select().from(anomalies).where(eq(anomalies.stationId, station.id));
    expect(flag).toMatchObject({
      kind: 'message_while_not_accepted',
      message: expect.stringContaining('Pending'),
    });

    expect(await approveStation(db, station.id)).toBe(true);
    await events.next(station.id, 'station.updated');
    // Told Pending on this connection, it stays Pending until it boots again.
    await expect(client.call('Authorize', { idTag: tag.idTag })).rejects.toThrow();
    const accepted = await callAs<BootNotificationResponse>(client, 'BootNotification', boot);
    expect(accepted.status).toBe('Accepted');
    expect(await client.call('Authorize', { idTag: tag.idTag })).toMatchObject({
      idTagInfo: { status: 'Accepted' },
    });
    expect(await stationRow(station.id)).toMatchObject({
      registrationStatus: 'Accepted',
      bootStatus: 'Accepted',
    });
  });

  it('Rejected: the boot is answered Rejected and DataTransfer is refused', async () => {
    const station = await aStation(db, { registrationStatus: 'Rejected' });
    const client = await ocpp.connect(station);
    const answer = await callAs<BootNotificationResponse>(client, 'BootNotification', boot);
    expect(answer).toMatchObject({ status: 'Rejected', interval: 30 });
    await expect(client.call('DataTransfer', { vendorId: 'acme' })).rejects.toMatchObject({
      rpcErrorCode: 'SecurityError',
    });
  });

  it('approving an unknown station reports false', async () => {
    expect(await approveStation(db, crypto.randomUUID())).toBe(false);
  });
});
