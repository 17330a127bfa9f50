import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { stationConfiguration, stations } from '@/db/schema';
import { CommandRejectedError } from '@/lib/commands/command-rejected-error';
import { SAMPLE_REQUESTS } from './command-samples';
import { answerProfileActions, useCommandTestbed } from './command-test-kit';

const testbed = useCommandTestbed();
const { db } = testbed;

async function configurationOf(stationId: string) {
  const rows = await db
    .select()
    .from(stationConfiguration)
    .where(eq(stationConfiguration.stationId, stationId));
  return new Map(rows.map((row) => [row.key, row]));
}

async function localListVersionOf(stationId: string) {
  const [row] = await db
    .select({ version: stations.localListVersion })
    .from(stations)
    .where(eq(stations.id, stationId));
  return row?.version;
}

describe('configuration keys are stored per station', () => {
  it('GetConfiguration stores every reported key with its readonly flag; unknown keys are ignored', async () => {
    const { station, charger } = await testbed.connectCharger();
    const outcome = await testbed.send({
      stationId: station.id,
      action: 'GetConfiguration',
      request: { key: ['HeartbeatInterval', 'NumberOfConnectors', 'NoSuchKey'] },
    });
    expect(outcome.response).toMatchObject({ unknownKey: ['NoSuchKey'] });
    const stored = await configurationOf(station.id);
    expect([...stored.keys()].sort()).toEqual(['HeartbeatInterval', 'NumberOfConnectors']);
    expect(stored.get('HeartbeatInterval')).toMatchObject({
      value: charger.configurationValue('HeartbeatInterval'),
      readonly: false,
    });
    expect(stored.get('NumberOfConnectors')).toMatchObject({ value: '2', readonly: true });
  });

  it('ChangeConfiguration stores the value when Accepted or RebootRequired, not when Rejected', async () => {
    const { station } = await testbed.connectCharger({
      answer: (method, params) =>
        method === 'ChangeConfiguration' && (params as { key: string }).key === 'Rebooting'
          ? { status: 'RebootRequired' }
          : undefined,
    });
    const change = (key: string, value: string) =>
      testbed.send({
        stationId: station.id,
        action: 'ChangeConfiguration',
        request: { key, value },
      });

    expect((await change('ConnectionTimeOut', '45')).ocppStatus).toBe('Accepted');
    expect((await change('Rebooting', 'yes')).ocppStatus).toBe('RebootRequired');
    expect((await change('NumberOfConnectors', '9')).ocppStatus).toBe('Rejected');

    const stored = await configurationOf(station.id);
    expect(stored.get('ConnectionTimeOut')?.value).toBe('45');
    expect(stored.get('Rebooting')?.value).toBe('yes');
    expect(stored.has('NumberOfConnectors')).toBe(false);
  });
});

describe('local authorization list version', () => {
  it('SendLocalList Accepted keeps the sent version; a Failed answer changes nothing', async () => {
    const { station } = await testbed.connectCharger({
      answer: (method, params) =>
        method === 'SendLocalList' && (params as { listVersion: number }).listVersion === 9
          ? { status: 'Failed' }
          : answerProfileActions(method, params),
    });
    const send = (listVersion: number) =>
      testbed.send({
        stationId: station.id,
        action: 'SendLocalList',
        request: { ...SAMPLE_REQUESTS.SendLocalList, listVersion },
      });
    await send(3);
    expect(await localListVersionOf(station.id)).toBe(3);
    expect((await send(9)).ocppStatus).toBe('Failed');
    expect(await localListVersionOf(station.id)).toBe(3);
  });

  it('GetLocalListVersion stores what the charger reports', async () => {
    const { station } = await testbed.connectCharger();
    const outcome = await testbed.send({
      stationId: station.id,
      action: 'GetLocalListVersion',
      request: {},
    });
    expect(outcome).toMatchObject({ ocppStatus: null, response: { listVersion: 7 } });
    expect(await localListVersionOf(station.id)).toBe(7);
  });
});

describe('requests that never reach the socket', () => {
  it('an invalid request is refused with its issues and leaves no audit row', async () => {
    const { station, received } = await testbed.connectCharger();
    const refusal = await testbed
      .send({
        stationId: station.id,
        action: 'ChangeAvailability',
        request: { connectorId: -1, type: 'Sometimes' } as never,
      })
      .catch((error: unknown) => error);

    expect(refusal).toBeInstanceOf(CommandRejectedError);
    expect(refusal).toMatchObject({ code: 'invalid_request' });
    const { message, details } = refusal as CommandRejectedError;
    expect(message).toMatch(/connectorId/);
    expect(message).toMatch(/type/);
    expect(details).toEqual(expect.arrayContaining([expect.objectContaining({ path: ['type'] })]));
    expect(await db.query.commands.findMany({ where: (c) => eq(c.stationId, station.id) })).toEqual(
      [],
    );
    expect(received.filter((call) => call.method === 'ChangeAvailability')).toEqual([]);
  });

  it('an unknown station is refused', async () => {
    for (const stationId of ['not-a-uuid', '00000000-0000-4000-8000-000000000000']) {
      await expect(
        testbed.send({ stationId, action: 'ClearCache', request: {} }),
      ).rejects.toMatchObject({ code: 'station_not_found' });
    }
  });

  it('RemoteStartTransaction and ReserveNow to a Pending station are refused, other commands go', async () => {
    const { station, received } = await testbed.connectCharger();
    await db
      .update(stations)
      .set({ registrationStatus: 'Pending' })
      .where(eq(stations.id, station.id));
    for (const action of ['RemoteStartTransaction', 'ReserveNow'] as const) {
      await expect(
        testbed.send({ stationId: station.id, action, request: SAMPLE_REQUESTS[action] }),
      ).rejects.toMatchObject({ code: 'station_not_accepted' });
    }
    const trigger = await testbed.send({
      stationId: station.id,
      action: 'TriggerMessage',
      request: SAMPLE_REQUESTS.TriggerMessage,
    });
    expect(trigger.state).toBe('answered');
    expect(received.map((call) => call.method)).toEqual(['TriggerMessage']);
    const rows = await db.query.commands.findMany({ where: (c) => eq(c.stationId, station.id) });
    expect(rows.map((row) => row.action)).toEqual(['TriggerMessage']);
  });
});
