import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createAuthSession,
  findActiveSessionUser,
  revokeAuthSession,
} from '@/lib/auth/auth-session-store';
import { createEventHub, type EventHub } from '@/lib/events/event-hub';
import type { LiveEvent } from '@/lib/events/live-event';
import { publishEvent } from '@/lib/events/publish';
import { aUser } from '@/test/builders';
import { useTestDb } from '@/test/db';
import { createLiveEventStream } from './live-event-stream';

const { db, sql } = useTestDb();
let hub: EventHub;
beforeAll(async () => {
  hub = await createEventHub(sql);
});
afterAll(() => hub.close());

async function viewerWithRole(role: 'driver' | 'operator') {
  const user = await aUser(db, { role });
  return (await findActiveSessionUser(db, await createAuthSession(db, user.id)))!;
}

/** Opens a stream, publishes the events through real NOTIFY, returns what the viewer received. */
async function receive(
  viewer: Awaited<ReturnType<typeof viewerWithRole>> | null,
  events: LiveEvent[],
) {
  const abort = new AbortController();
  const reader = createLiveEventStream({ hub, viewer, db, signal: abort.signal }).getReader();
  const marker: LiveEvent = { type: 'station.updated', stationId: randomUUID() };
  for (const event of [...events, marker]) await publishEvent(db, event);
  let text = '';
  while (!text.includes(marker.stationId)) {
    const { value, done } = await reader.read();
    if (done) break;
    text += new TextDecoder().decode(value);
  }
  abort.abort();
  return text
    .split('\n')
    .filter((line) => line.startsWith('data: '))
    .map((line) => JSON.parse(line.slice(6)) as LiveEvent)
    .filter((event) => event.stationId !== marker.stationId);
}

describe('live event stream', () => {
  const stationId = randomUUID();
  const status: LiveEvent = { type: 'connector.status', stationId, connectorId: 1 };
  const log: LiveEvent = { type: 'station.log', stationId };

  it('shows anonymous viewers public charger events only', async () => {
    const session: LiveEvent = { type: 'session.started', stationId, userId: randomUUID() };
    expect(await receive(null, [status, session, log])).toEqual([status]);
  });

  it('shows a driver public events and their own sessions, not other drivers', async () => {
    const driver = await viewerWithRole('driver');
    const own: LiveEvent = { type: 'session.updated', stationId, userId: driver.id };
    const others: LiveEvent = { type: 'session.updated', stationId, userId: randomUUID() };
    expect(await receive(driver, [status, own, others, log])).toEqual([status, own]);
  });

  it('shows operators everything', async () => {
    const operator = await viewerWithRole('operator');
    const session: LiveEvent = { type: 'session.stopped', stationId, userId: randomUUID() };
    expect(await receive(operator, [status, session, log])).toEqual([status, session, log]);
  });

  it('ends the stream at the next keep-alive once the viewer signed out', async () => {
    const operator = await viewerWithRole('operator');
    const abort = new AbortController();
    const stream = createLiveEventStream({
      hub,
      viewer: operator,
      db,
      signal: abort.signal,
      keepAliveMs: 50,
    });
    const reader = stream.getReader();
    await reader.read(); // the opening comment
    expect(new TextDecoder().decode((await reader.read()).value)).toBe(': keep-alive\n\n');
    await revokeAuthSession(db, operator.authSessionId);
    let done = false;
    while (!done) done = (await reader.read()).done;
    expect(done).toBe(true);
  });
});
