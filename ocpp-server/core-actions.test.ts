import { and, eq } from 'drizzle-orm';
import type { RPCClient } from 'ocpp-rpc';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectors, ocppMessages, stations } from '@/db/schema';
import { useTestDb } from '@/test/db';
import { aStation, aUser, anIdTag } from '@/test/builders';
import {
  aChargePoint,
  anOcppServer,
  callAs,
  eventually,
  type TestOcppServer,
} from '@/test/ocpp-builders';
import type {
  AuthorizeResponse,
  BootNotificationResponse,
  DataTransferResponse,
  HeartbeatResponse,
} from './ocpp16-types';

const { db } = useTestDb();
let server: TestOcppServer;
const clients: RPCClient[] = [];

beforeAll(async () => {
  server = await anOcppServer({ heartbeatIntervalS: 120 });
});
afterAll(async () => {
  await Promise.all(clients.map((c) => c.close()));
  await server.close();
});

async function connected(overrides: Parameters<typeof aStation>[1] = {}) {
  const station = await aStation(db, overrides);
  const client = await aChargePoint(server, station);
  clients.push(client);
  return { station, client };
}

async function stationRow(id: string) {
  const [row] = await db.select().from(stations).where(eq(stations.id, id));
  return row!;
}

describe('charge point → CSMS core actions', () => {
  it('BootNotification stores what the charger says and answers with its registration', async () => {
    const { station, client } = await connected({ registrationStatus: 'Pending' });
    const answer = await callAs<BootNotificationResponse>(client, 'BootNotification', {
      chargePointVendor: 'Acme',
      chargePointModel: 'Volt 22',
      chargePointSerialNumber: 'SN-1',
      firmwareVersion: '1.2.3',
    });
    expect(answer.status).toBe('Pending');
    expect(answer.interval).toBe(120);
    expect(Math.abs(Date.parse(answer.currentTime) - Date.now())).toBeLessThan(5000);
    const row = await stationRow(station.id);
    expect(row).toMatchObject({ vendor: 'Acme', model: 'Volt 22', serialNumber: 'SN-1' });
    expect(row.firmwareVersion).toBe('1.2.3');
    expect(row.lastBootAt).toBeInstanceOf(Date);
  });

  it('Heartbeat answers the current time', async () => {
    const { client } = await connected();
    const answer = await callAs<HeartbeatResponse>(client, 'Heartbeat', {});
    expect(Math.abs(Date.parse(answer.currentTime) - Date.now())).toBeLessThan(5000);
  });

  it('StatusNotification updates the station, known connectors, and creates unknown ones', async () => {
    const { station, client } = await connected();
    const at = '2025-03-01T10:00:00.000Z';
    await client.call('StatusNotification', {
      connectorId: 0,
      errorCode: 'NoError',
      status: 'Available',
    });
    await client.call('StatusNotification', {
      connectorId: 1,
      errorCode: 'GroundFailure',
      status: 'Faulted',
      info: 'ground',
      vendorErrorCode: 'E42',
      timestamp: at,
    });
    await client.call('StatusNotification', {
      connectorId: 3,
      errorCode: 'NoError',
      status: 'Preparing',
    });
    // An older notification arriving late does not overwrite the newer state.
    await client.call('StatusNotification', {
      connectorId: 1,
      errorCode: 'NoError',
      status: 'Available',
      timestamp: '2025-03-01T09:00:00.000Z',
    });

    expect((await stationRow(station.id)).status).toBe('Available');
    const rows = await db.select().from(connectors).where(eq(connectors.stationId, station.id));
    const byId = new Map(rows.map((r) => [r.connectorId, r]));
    expect(byId.get(1)).toMatchObject({
      status: 'Faulted',
      errorCode: 'GroundFailure',
      info: 'ground',
      vendorErrorCode: 'E42',
      statusAt: new Date(at),
    });
    expect(byId.get(3)).toMatchObject({ status: 'Preparing', type: null, maxPowerW: null });
  });

  it('Authorize answers Accepted, Blocked, Expired and Invalid from the id tag table', async () => {
    const { client } = await connected();
    const user = await aUser(db);
    const good = await anIdTag(db, { userId: user.id, parentIdTag: 'FLEET-1' });
    const blocked = await anIdTag(db, { status: 'Blocked' });
    const expired = await anIdTag(db, { expiresAt: new Date(Date.now() - 60_000) });
    const authorize = (idTag: string) =>
      callAs<AuthorizeResponse>(client, 'Authorize', { idTag }).then((a) => a.idTagInfo);

    expect(await authorize(good.idTag)).toEqual({ status: 'Accepted', parentIdTag: 'FLEET-1' });
    expect((await authorize(blocked.idTag)).status).toBe('Blocked');
    expect(await authorize(expired.idTag)).toEqual({
      status: 'Expired',
      expiryDate: expired.expiresAt!.toISOString(),
    });
    expect(await authorize('NOBODY-KNOWS')).toEqual({ status: 'Invalid' });
  });

  it('DataTransfer answers UnknownVendorId', async () => {
    const { client } = await connected();
    const answer = await callAs<DataTransferResponse>(client, 'DataTransfer', { vendorId: 'acme' });
    expect(answer).toEqual({ status: 'UnknownVendorId' });
  });

  it('Diagnostics and firmware status notifications are stored on the station', async () => {
    const { station, client } = await connected();
    expect(await client.call('DiagnosticsStatusNotification', { status: 'Uploading' })).toEqual({});
    expect(await client.call('FirmwareStatusNotification', { status: 'Installing' })).toEqual({});
    const row = await stationRow(station.id);
    expect(row.diagnosticsStatus).toBe('Uploading');
    expect(row.firmwareStatus).toBe('Installing');
  });

  it('an action the server does not handle is answered NotImplemented', async () => {
    const { client } = await connected();
    // Without strict mode the client sends calls its own schemas would refuse.
    const loose = await aChargePoint(server, await aStation(db), { strictMode: false });
    clients.push(loose);
    // Reset exists in OCPP 1.6, but only from CSMS to charge point.
    await expect(loose.call('Reset', { type: 'Soft' })).rejects.toMatchObject({
      rpcErrorCode: 'NotImplemented',
    });
    await expect(loose.call('MadeUpAction', {})).rejects.toMatchObject({
      rpcErrorCode: 'NotImplemented',
    });
    expect(await client.call('Heartbeat', {})).toHaveProperty('currentTime');
  });

  it('logs every frame in and out, correlating the answer with its call', async () => {
    const { station, client } = await connected();
    await client.call('Heartbeat', {});
    const rows = await eventually(async () => {
      const found = await db
        .select()
        .from(ocppMessages)
        .where(and(eq(ocppMessages.stationId, station.id), eq(ocppMessages.action, 'Heartbeat')));
      return found.length >= 2 && found;
    });
    const call = rows.find((r) => r.direction === 'in')!;
    const result = rows.find((r) => r.direction === 'out')!;
    expect(call).toMatchObject({ messageType: 2, identity: station.identity, payload: {} });
    expect(result.messageType).toBe(3);
    expect(result.messageId).toBe(call.messageId);
    expect(result.payload).toHaveProperty('currentTime');
  });
});
