import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useTestDb } from '@/test/db';
import { aStation, aUser, anIdTag } from '@/test/builders';
import { callAs, eventually, listenForEvents, useOcppServer } from '@/test/ocpp-builders';
import type { StartTransactionResponse } from './ocpp16-types';

const { db } = useTestDb();
let events: Awaited<ReturnType<typeof listenForEvents>>;
const ocpp = useOcppServer();

beforeAll(async () => {
  events = await listenForEvents();
});
afterAll(() => events.close());

async function connected() {
  const station = await aStation(db);
  return { station, client: await ocpp.connect(station) };
}

describe('live events (NOTIFY) received by a LISTEN connection', () => {
  it('connector.status after a StatusNotification, station.updated for connector 0', async () => {
    const { station, client } = await connected();
    await client.call('StatusNotification', {
      connectorId: 2,
      errorCode: 'NoError',
      status: 'Charging',
    });
    expect(await events.next(station.id, 'connector.status')).toEqual({
      type: 'connector.status',
      stationId: station.id,
      connectorId: 2,
    });
    await client.call('StatusNotification', {
      connectorId: 0,
      errorCode: 'NoError',
      status: 'Available',
    });
    await events.next(station.id, 'station.updated');
  });

  it('session.started, coalesced session.updated and session.stopped carry the driver', async () => {
    const { station, client } = await connected();
    const user = await aUser(db);
    const tag = await anIdTag(db, { userId: user.id });
    const { transactionId } = await callAs<StartTransactionResponse>(client, 'StartTransaction', {
      connectorId: 1,
      idTag: tag.idTag,
      meterStart: 0,
      timestamp: '2025-06-01T10:00:00.000Z',
    });
    const started = await events.next(station.id, 'session.started');
    expect(started).toMatchObject({
      connectorId: 1,
      userId: user.id,
      sessionId: expect.any(String),
    });

    for (let minute = 1; minute <= 5; minute += 1) {
      await client.call('MeterValues', {
        connectorId: 1,
        transactionId,
        meterValue: [
          {
            timestamp: `2025-06-01T10:0${minute}:00.000Z`,
            sampledValue: [{ value: String(minute * 250) }],
          },
        ],
      });
    }
    const updated = await events.next(station.id, 'session.updated');
    expect(updated).toMatchObject({ sessionId: started.sessionId, userId: user.id });
    // Five meter messages within a second coalesce into (at most) two events.
    expect(events.of(station.id, 'session.updated').length).toBeLessThanOrEqual(2);

    await client.call('StopTransaction', {
      transactionId,
      meterStop: 1500,
      timestamp: '2025-06-01T10:10:00.000Z',
    });
    expect(await events.next(station.id, 'session.stopped')).toMatchObject({
      sessionId: started.sessionId,
      userId: user.id,
    });
  });

  it('station.log once the message log has been written', async () => {
    const { station, client } = await connected();
    await client.call('Heartbeat', {});
    await eventually(async () => events.of(station.id, 'station.log').length > 0);
  });
});
