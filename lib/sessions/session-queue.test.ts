import { and, asc, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { notifications, stations } from '@/db/schema';
import { eventually } from '@/test/ocpp-builders';
import { expireRequests } from './expire-requests';
import { requestCharge } from './request-charge';
import { useSessionTestbed } from './session-test-kit';
import { stopSession } from './stop-session';

const bed = useSessionTestbed({ sessionSweepIntervalMs: 200 });

async function kindsFor(userId: string) {
  const rows = await bed.db
    .select({ kind: notifications.kind })
    .from(notifications)
    .where(eq(notifications.userId, userId))
    .orderBy(asc(notifications.createdAt));
  return rows.map((row) => row.kind);
}

async function statusOf(sessionId: string) {
  return (await bed.sessionOf(sessionId))?.status;
}

describe('a driver’s charge request and the connector queue', () => {
  it('starts at a free connector, queues at a busy one, and starts the next driver when it frees', async () => {
    const { station, charger } = await bed.aConnectedCharger();
    const first = await bed.aDriver();
    const second = await bed.aDriver();
    const request = (driver: typeof first) =>
      requestCharge(bed.deps, {
        driver: driver.viewer,
        requestedBy: driver.user.id,
        request: { stationId: station.id, connectorId: 1 },
      });

    const a = await request(first);
    await eventually(async () => (await statusOf(a.sessionId)) === 'CHARGING');

    const b = await request(second);
    const queued = await bed.sessionOf(b.sessionId);
    expect(queued).toMatchObject({ status: 'PENDING', idTag: second.tag.idTag });
    expect(queued!.queuedAt).not.toBeNull();

    // The first driver stops, unplugs, and the connector reports Available.
    await stopSession(bed.deps, { sessionId: a.sessionId, caller: first.viewer });
    await eventually(async () => (await bed.sessionOf(a.sessionId))?.chargerStoppedAt);
    await charger.unplug(1);

    const started = await eventually(async () => {
      const row = await bed.sessionOf(b.sessionId);
      return row?.status === 'CHARGING' ? row : null;
    });
    expect(started).toMatchObject({ queuedAt: null, userId: second.user.id });
    expect(started.approvedAt).not.toBeNull();

    // Each driver was told every step, in order (written by the database's triggers).
    expect(await kindsFor(first.user.id)).toEqual([
      'session_approved',
      'session_started',
      'session_finished',
    ]);
    expect(await kindsFor(second.user.id)).toEqual([
      'queue_position',
      'session_approved',
      'session_started',
    ]);
    const [finished] = await bed.db
      .select()
      .from(notifications)
      .where(
        and(eq(notifications.userId, first.user.id), eq(notifications.kind, 'session_finished')),
      );
    const stopped = await bed.sessionOf(a.sessionId);
    expect(finished?.body).toContain(`${(stopped!.costMinor! / 100).toFixed(2)} EUR`);
  });

  it('a waiting request can be cancelled; a second one from the same driver is refused', async () => {
    const { station } = await bed.aConnectedCharger({ plugInDelayMs: 60_000 });
    const holder = await bed.aDriver();
    const waiter = await bed.aDriver();
    const held = await requestCharge(bed.deps, {
      driver: holder.viewer,
      requestedBy: holder.user.id,
      request: { stationId: station.id },
    });
    expect(await statusOf(held.sessionId)).toBe('APPROVED');
    const waiting = await requestCharge(bed.deps, {
      driver: waiter.viewer,
      requestedBy: waiter.user.id,
      request: { stationId: station.id },
    });
    expect(await statusOf(waiting.sessionId)).toBe('PENDING');
    const twice = await requestCharge(bed.deps, {
      driver: waiter.viewer,
      requestedBy: waiter.user.id,
      request: { stationId: station.id },
    }).catch((error: unknown) => error);
    expect(twice).toMatchObject({ code: 'conflict' });

    // The charger drops off: the waiting drivers hear of it at once.
    await bed.db
      .update(stations)
      .set({ connectionState: 'offline' })
      .where(eq(stations.id, station.id));
    expect(await kindsFor(waiter.user.id)).toEqual(['queue_position', 'charger_offline']);
    expect(await kindsFor(holder.user.id)).toEqual(['session_approved', 'charger_offline']);

    await stopSession(bed.deps, { sessionId: waiting.sessionId, caller: waiter.viewer });
    expect(await bed.sessionOf(waiting.sessionId)).toMatchObject({
      status: 'CANCELLED',
      statusReason: 'Cancelled by the driver',
      queuedAt: null,
    });
  });

  it('is DENIED with the reason when the driver has no valid tag or the charger rejects', async () => {
    const { station } = await bed.aConnectedCharger({
      answer: (method) =>
        method === 'RemoteStartTransaction' ? { status: 'Rejected' } : undefined,
    });
    const driver = await bed.aDriver();
    const rejected = await requestCharge(bed.deps, {
      driver: driver.viewer,
      requestedBy: driver.user.id,
      request: { stationId: station.id },
    });
    expect(await bed.sessionOf(rejected.sessionId)).toMatchObject({
      status: 'DENIED',
      statusReason: 'The charger rejected the start (Rejected)',
    });

    const untagged = { id: (await bed.aDriver()).user.id, role: 'driver' as const };
    const denied = await requestCharge(bed.deps, {
      driver: { ...untagged, id: untagged.id },
      requestedBy: untagged.id,
      request: { stationId: station.id, idTag: 'NOT-MINE-123' },
    });
    expect(await bed.sessionOf(denied.sessionId)).toMatchObject({
      status: 'DENIED',
      statusReason: 'NOT-MINE-123 is not one of your RFID tags',
    });
  });

  it('an approved start the car never takes up expires as FAILED with the reason', async () => {
    const { station } = await bed.aConnectedCharger({ plugInDelayMs: 60_000 });
    const driver = await bed.aDriver();
    const { sessionId } = await requestCharge(bed.deps, {
      driver: driver.viewer,
      requestedBy: driver.user.id,
      request: { stationId: station.id },
      approvalTimeoutS: 1,
    });
    expect(await statusOf(sessionId)).toBe('APPROVED');
    expect(await expireRequests(bed.db)).not.toContainEqual(expect.objectContaining({ sessionId }));
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    await eventually(async () => (await statusOf(sessionId)) === 'FAILED');
    expect((await bed.sessionOf(sessionId))?.statusReason).toBe(
      'Expired: the charger accepted the start but charging never began',
    );
  });
});
