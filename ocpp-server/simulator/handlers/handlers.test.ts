import { createRPCError } from 'ocpp-rpc';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SimulatedChargePoint } from '../charge-point';
import type { SimulatorOptions } from '../options';
import { aChargePoint, FLAT_AC_VEHICLE } from '../testing/a-charge-point';
import { startTestCsms, type TestCsms } from '../testing/test-csms';

const ID = 'SIM-TEST-1';
let csms: TestCsms;
let chargePoint: SimulatedChargePoint;

async function connected(overrides: Partial<SimulatorOptions> = {}) {
  chargePoint = aChargePoint(csms, overrides);
  await chargePoint.connect();
  await csms.waitForCall('StatusNotification', (p) => p.connectorId === 2);
  return chargePoint;
}

async function charging(connectorId = 1) {
  chargePoint.plugIn(connectorId, FLAT_AC_VEHICLE);
  const result = await chargePoint.startTransaction(connectorId, 'DEMO-ALICE-1');
  if (!result.started) throw new Error('session did not start');
  return result.transactionId;
}

const statusOf = (connectorId: number, status: string) => (p: Record<string, unknown>) =>
  p.connectorId === connectorId && p.status === status;

beforeEach(async () => {
  csms = await startTestCsms();
});

afterEach(async () => {
  await chargePoint?.close();
  await csms.close();
});

describe('CSMS-initiated calls', () => {
  it('RemoteStartTransaction: accepted, then the driver plugs in and the session starts', async () => {
    await connected();
    expect(
      await csms.command(ID, 'RemoteStartTransaction', { idTag: 'REMOTE-1', connectorId: 1 }),
    ).toEqual({ status: 'Accepted' });

    const start = await csms.waitForCall('StartTransaction');
    expect(start.params).toMatchObject({ connectorId: 1, idTag: 'REMOTE-1' });
    // AuthorizeRemoteTxRequests is false by default
    expect(csms.callsOf('Authorize')).toHaveLength(0);
    await csms.waitForCall('StatusNotification', statusOf(1, 'Charging'));
    const preparing = csms.calls.findIndex((call) => statusOf(1, 'Preparing')(call.params));
    expect(preparing).toBeLessThan(csms.calls.indexOf(start));
  });

  it('RemoteStartTransaction: rejected on a busy connector or while a start is pending', async () => {
    await connected();
    await charging(1);
    expect(
      await csms.command(ID, 'RemoteStartTransaction', { idTag: 'X', connectorId: 1 }),
    ).toEqual({ status: 'Rejected' });
    expect(
      await csms.command(ID, 'RemoteStartTransaction', { idTag: 'X', connectorId: 2 }),
    ).toEqual({ status: 'Accepted' });
    expect(
      await csms.command(ID, 'RemoteStartTransaction', { idTag: 'Y', connectorId: 2 }),
    ).toEqual({ status: 'Rejected' });
    expect(
      await csms.command(ID, 'RemoteStartTransaction', { idTag: 'X', connectorId: 9 }),
    ).toEqual({ status: 'Rejected' });
  });

  it('RemoteStopTransaction: stops the matching transaction with reason Remote', async () => {
    await connected();
    const transactionId = await charging(1);
    expect(
      await csms.command(ID, 'RemoteStopTransaction', { transactionId: transactionId + 100 }),
    ).toEqual({ status: 'Rejected' });
    expect(await csms.command(ID, 'RemoteStopTransaction', { transactionId })).toEqual({
      status: 'Accepted',
    });
    const stop = await csms.waitForCall('StopTransaction');
    expect(stop.params).toMatchObject({ transactionId, reason: 'Remote' });
    await csms.waitForCall('StatusNotification', statusOf(1, 'Finishing'));
  });

  it('UnlockConnector: ends the session with UnlockCommand, or fails when the lock is jammed', async () => {
    await connected();
    const transactionId = await charging(1);
    expect(await csms.command(ID, 'UnlockConnector', { connectorId: 1 })).toEqual({
      status: 'Unlocked',
    });
    const stop = await csms.waitForCall('StopTransaction');
    expect(stop.params).toMatchObject({ transactionId, reason: 'UnlockCommand' });
    expect(await csms.command(ID, 'UnlockConnector', { connectorId: 7 })).toEqual({
      status: 'NotSupported',
    });

    await chargePoint.close();
    await connected({ failUnlock: true });
    expect(await csms.command(ID, 'UnlockConnector', { connectorId: 1 })).toEqual({
      status: 'UnlockFailed',
    });
  });

  it('GetConfiguration and ChangeConfiguration work on a real key store', async () => {
    await connected();
    const some = await csms.command(ID, 'GetConfiguration', {
      key: ['NumberOfConnectors', 'HeartbeatInterval', 'NoSuchKey'],
    });
    expect(some).toEqual({
      configurationKey: [
        { key: 'NumberOfConnectors', readonly: true, value: '2' },
        { key: 'HeartbeatInterval', readonly: false, value: '60' },
      ],
      unknownKey: ['NoSuchKey'],
    });
    const all = (await csms.command(ID, 'GetConfiguration', {})) as { configurationKey: unknown[] };
    expect(all.configurationKey.length).toBeGreaterThan(15);

    const change = (key: string, value: string) =>
      csms.command(ID, 'ChangeConfiguration', { key, value });
    expect(await change('NumberOfConnectors', '4')).toEqual({ status: 'Rejected' });
    expect(await change('HeartbeatInterval', 'soon')).toEqual({ status: 'Rejected' });
    expect(await change('NoSuchKey', '1')).toEqual({ status: 'NotSupported' });
    expect(await change('MeterValuesSampledData', 'Energy.Active.Import.Register')).toEqual({
      status: 'Accepted',
    });
    expect(await change('MeterValueSampleInterval', '3')).toEqual({ status: 'Accepted' });
    expect(chargePoint.configurationValue('MeterValueSampleInterval')).toBe('3');

    await charging(1);
    const meterValues = await csms.waitForCall('MeterValues');
    const [sample] = meterValues.params.meterValue as { sampledValue: unknown[] }[];
    expect(sample?.sampledValue).toHaveLength(1);
  });

  it('TriggerMessage: StatusNotification and MeterValues are actually sent', async () => {
    await connected();
    const before = csms.callsOf('StatusNotification').length;
    expect(
      await csms.command(ID, 'TriggerMessage', {
        requestedMessage: 'StatusNotification',
        connectorId: 2,
      }),
    ).toEqual({ status: 'Accepted' });
    await waitUntil(() => csms.callsOf('StatusNotification').length === before + 1);
    expect(csms.callsOf('StatusNotification').at(-1)?.params).toMatchObject({
      connectorId: 2,
      status: 'Available',
    });

    expect(
      await csms.command(ID, 'TriggerMessage', { requestedMessage: 'MeterValues', connectorId: 1 }),
    ).toEqual({ status: 'Accepted' });
    const triggered = await csms.waitForCall('MeterValues');
    expect(JSON.stringify(triggered.params)).toContain('"context":"Trigger"');

    expect(
      await csms.command(ID, 'TriggerMessage', { requestedMessage: 'FirmwareStatusNotification' }),
    ).toEqual({ status: 'Accepted' });
    expect((await csms.waitForCall('FirmwareStatusNotification')).params).toEqual({
      status: 'Idle',
    });
    expect(
      await csms.command(ID, 'TriggerMessage', {
        requestedMessage: 'DiagnosticsStatusNotification',
      }),
    ).toEqual({ status: 'Accepted' });
    expect((await csms.waitForCall('DiagnosticsStatusNotification')).params).toEqual({
      status: 'Idle',
    });
    expect(
      await csms.command(ID, 'TriggerMessage', { requestedMessage: 'MeterValues', connectorId: 5 }),
    ).toEqual({ status: 'Rejected' });
  });

  it('ChangeAvailability: Unavailable at once when idle, Scheduled during a transaction', async () => {
    await connected();
    expect(
      await csms.command(ID, 'ChangeAvailability', { connectorId: 2, type: 'Inoperative' }),
    ).toEqual({ status: 'Accepted' });
    await csms.waitForCall('StatusNotification', statusOf(2, 'Unavailable'));
    expect(
      await csms.command(ID, 'RemoteStartTransaction', { idTag: 'X', connectorId: 2 }),
    ).toEqual({ status: 'Rejected' });

    await charging(1);
    expect(
      await csms.command(ID, 'ChangeAvailability', { connectorId: 1, type: 'Inoperative' }),
    ).toEqual({ status: 'Scheduled' });
    await chargePoint.stopTransaction(1);
    await csms.waitForCall('StatusNotification', statusOf(1, 'Unavailable'));

    expect(
      await csms.command(ID, 'ChangeAvailability', { connectorId: 2, type: 'Operative' }),
    ).toEqual({ status: 'Accepted' });
    await waitUntil(() => chargePoint.connector(2)?.status === 'Available');
  });

  it('Reset: ends transactions, reconnects and boots again', async () => {
    await connected();
    const transactionId = await charging(1);
    expect(await csms.command(ID, 'Reset', { type: 'Soft' })).toEqual({ status: 'Accepted' });
    const stop = await csms.waitForCall('StopTransaction');
    expect(stop.params).toMatchObject({ transactionId, reason: 'SoftReset' });
    await waitUntil(() => csms.callsOf('BootNotification').length === 2);
    await waitUntil(() => chargePoint.registrationStatus === 'Accepted');
  });

  it('answers ClearCache, DataTransfer, and a CALLERROR for an unknown action', async () => {
    await connected();
    expect(await csms.command(ID, 'ClearCache', {})).toEqual({ status: 'Accepted' });
    expect(await csms.command(ID, 'DataTransfer', { vendorId: 'acme' })).toEqual({
      status: 'UnknownVendorId',
    });
    // Every 1.6 action is implemented; anything else (sent raw, past the CSMS's schemas) fails
    // the charger's strict validation and gets a CALLERROR, not silence.
    csms.sendRaw(ID, '[2,"raw-1","FrobnicateConnector",{}]');
    await waitUntil(() => csms.rawFrames.some(({ frame }) => frame.includes('"raw-1"')));
    const reply = csms.rawFrames.find(({ frame }) => frame.includes('"raw-1"'));
    const [type, id, code] = JSON.parse(reply?.frame ?? '[]') as unknown[];
    expect([type, id, code]).toEqual([4, 'raw-1', 'ProtocolError']);
  });

  it('can be told to misbehave: never answer, answer with an error, or answer differently', async () => {
    await connected({
      answer: (method) => {
        if (method === 'Reset') return 'never';
        if (method === 'ClearCache') return createRPCError('InternalError', 'boom');
        if (method === 'UnlockConnector') return { status: 'UnlockFailed' };
        return undefined;
      },
    });
    await expect(csms.command(ID, 'Reset', { type: 'Hard' }, 300)).rejects.toThrow(
      /timeout|timed out/i,
    );
    await expect(csms.command(ID, 'ClearCache', {})).rejects.toMatchObject({
      rpcErrorCode: 'InternalError',
    });
    expect(await csms.command(ID, 'UnlockConnector', { connectorId: 1 })).toEqual({
      status: 'UnlockFailed',
    });
    expect(await csms.command(ID, 'DataTransfer', { vendorId: 'acme' })).toEqual({
      status: 'UnknownVendorId',
    });
  });
});

async function waitUntil(condition: () => boolean, timeoutMs = 3_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
