import { eq } from 'drizzle-orm';
import { createRPCError } from 'ocpp-rpc';
import { describe, expect, it } from 'vitest';
import { stations } from '@/db/schema';
import { ApiError } from '@/lib/api/api-error';
import type { AnswerOverride } from '@/ocpp-server/simulator';
import { priceSessionById } from '@/lib/billing/price-session-by-id';
import { aStation, aUser } from '@/test/builders';
import { aChargingSession } from '@/test/web-builders';
import { aChargePoint, eventually } from '@/test/ocpp-builders';
import { useSessionTestbed } from './session-test-kit';
import { startRemoteSession } from './start-remote-session';
import { stopSession } from './stop-session';

const bed = useSessionTestbed();
const operator = { id: '00000000-0000-4000-8000-000000000001', role: 'operator' as const };

async function rejection(promise: Promise<unknown>): Promise<ApiError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ApiError);
  return error as ApiError;
}

describe('starting a session (RemoteStartTransaction)', () => {
  it('Accepted: APPROVED at once, then the charger’s StartTransaction makes the same session CHARGING', async () => {
    const { station } = await bed.aConnectedCharger();
    const { tag, viewer } = await bed.aDriver();
    const started = await startRemoteSession(bed.deps, {
      caller: viewer,
      request: { stationId: station.id, metadata: { bay: 'B4' } },
    });
    expect(started.outcome).toMatchObject({ state: 'answered', ocppStatus: 'Accepted' });
    const approved = await bed.sessionOf(started.sessionId);
    expect(approved).toMatchObject({ idTag: tag.idTag, userId: viewer.id, connectorId: 1 });
    expect(['APPROVED', 'CHARGING']).toContain(approved!.status);
    expect(approved!.metadata).toEqual({ bay: 'B4' });

    const charging = await eventually(async () => {
      const row = await bed.sessionOf(started.sessionId);
      return row?.status === 'CHARGING' ? row : null;
    });
    expect(charging.transactionId).toBeGreaterThan(0);
    expect(charging.expiresAt).toBeNull();
    expect(await bed.sessionsAt(station.id)).toHaveLength(1);
    const [command] = await bed.commandsOf(station.id);
    expect(command).toMatchObject({
      action: 'RemoteStartTransaction',
      sessionId: started.sessionId,
    });
  });

  it.each([
    ['Rejected', { status: 'Rejected' }, 'charger_rejected', 502, 'Rejected'],
    ['a CALLERROR', createRPCError('InternalError', 'boom'), 'charger_rejected', 502, null],
  ] as const)(
    '%s: 502 with the charger’s answer, and no session row (the command stays)',
    async (_, answer, code, status, ocppStatus) => {
      const { station } = await bed.aConnectedCharger({
        answer: (method) => (method === 'RemoteStartTransaction' ? answer : undefined),
      });
      const { viewer } = await bed.aDriver();
      const error = await rejection(
        startRemoteSession(bed.deps, { caller: viewer, request: { stationId: station.id } }),
      );
      expect(error.code).toBe(code);
      expect(error.status).toBe(status);
      expect(error.details).toMatchObject({ ocppStatus });
      expect(await bed.sessionsAt(station.id)).toEqual([]);
      const [command] = await bed.commandsOf(station.id);
      expect(command).toMatchObject({ action: 'RemoteStartTransaction', sessionId: null });
    },
  );

  it('Timeout: 504 and no session row', async () => {
    const { station } = await bed.aConnectedCharger({
      answer: (method) => (method === 'RemoteStartTransaction' ? 'never' : undefined),
    });
    const { viewer } = await bed.aDriver();
    const error = await rejection(
      startRemoteSession(bed.deps, {
        caller: viewer,
        request: { stationId: station.id },
        commandTimeoutMs: 400,
      }),
    );
    expect(error).toMatchObject({ code: 'charger_timeout', details: { state: 'timeout' } });
    expect(await bed.sessionsAt(station.id)).toEqual([]);
  });

  it('Offline: 503 and no session row, the command recorded as offline', async () => {
    const station = await aStation(bed.db);
    const { viewer } = await bed.aDriver();
    const error = await rejection(
      startRemoteSession(bed.deps, { caller: viewer, request: { chargerId: station.identity } }),
    );
    expect(error).toMatchObject({ code: 'charger_offline', details: { state: 'offline' } });
    expect(await bed.sessionsAt(station.id)).toEqual([]);
    expect(await bed.commandsOf(station.id)).toMatchObject([{ state: 'offline' }]);
  });

  it('busy connector, station not accepted, unknown station: 409, 409, 404, nothing sent', async () => {
    const { station } = await bed.aConnectedCharger();
    await aChargingSession(bed.db, { stationId: station.id, connectorId: 1 });
    const { viewer } = await bed.aDriver();
    const busy = await rejection(
      startRemoteSession(bed.deps, { caller: viewer, request: { stationId: station.id } }),
    );
    expect(busy).toMatchObject({ code: 'conflict', message: 'Connector 1 is in use' });

    const pending = await aStation(bed.db, { registrationStatus: 'Pending' });
    const notAccepted = await rejection(
      startRemoteSession(bed.deps, { caller: viewer, request: { stationId: pending.id } }),
    );
    expect(notAccepted.code).toBe('conflict');

    const unknown = await rejection(
      startRemoteSession(bed.deps, {
        caller: viewer,
        request: { stationId: '00000000-0000-4000-8000-00000000dead' },
      }),
    );
    expect(unknown.code).toBe('not_found');
    expect(await bed.commandsOf(station.id)).toEqual([]);
  });

  it('a driver starts only with their own valid tag; an operator must name one', async () => {
    const { station } = await bed.aConnectedCharger();
    const { viewer } = await bed.aDriver();
    const other = await bed.aDriver();
    const notTheirs = await rejection(
      startRemoteSession(bed.deps, {
        caller: viewer,
        request: { stationId: station.id, idTag: other.tag.idTag },
      }),
    );
    expect(notTheirs).toMatchObject({ code: 'validation_failed', details: [{ path: 'idTag' }] });
    const noTag = await rejection(
      startRemoteSession(bed.deps, { caller: operator, request: { stationId: station.id } }),
    );
    expect(noTag).toMatchObject({ code: 'validation_failed', details: [{ path: 'idTag' }] });
  });
});

describe('stopping a session (RemoteStopTransaction)', () => {
  async function aChargingRemoteSession(plugInDelayMs = 50, answer?: AnswerOverride) {
    const { station, charger } = await bed.aConnectedCharger({
      plugInDelayMs,
      ...(answer ? { answer } : {}),
    });
    const driver = await bed.aDriver();
    const { sessionId } = await startRemoteSession(bed.deps, {
      caller: driver.viewer,
      request: { stationId: station.id },
    });
    await eventually(async () => (await bed.sessionOf(sessionId))?.status === 'CHARGING');
    return { station, charger, driver, sessionId };
  }

  it('Accepted: STOPPED and billed once, the charger’s own stop reconciling the meter', async () => {
    const { driver, sessionId } = await aChargingRemoteSession();
    const result = await stopSession(bed.deps, { sessionId, caller: driver.viewer });
    expect(result.outcome).toMatchObject({ ocppStatus: 'Accepted' });
    const stopped = await eventually(async () => {
      const row = await bed.sessionOf(sessionId);
      return row?.chargerStoppedAt ? row : null;
    });
    expect(stopped).toMatchObject({ status: 'STOPPED', stopReason: 'Remote' });
    expect(stopped.meterStopWh).toBeGreaterThanOrEqual(stopped.meterStartWh!);
    expect(stopped.energyWh).toBe(stopped.meterStopWh! - stopped.meterStartWh!);
  });

  it('Offline: finalised and billed at the last reading; the charger’s later stop reconciles without a second bill', async () => {
    const { station, charger, driver, sessionId } = await aChargingRemoteSession();
    await charger.close();
    await eventually(async () => {
      const [row] = await bed.db.select().from(stations).where(eq(stations.id, station.id));
      return row?.connectionState === 'offline';
    });
    const result = await stopSession(bed.deps, { sessionId, caller: driver.viewer });
    expect(result.outcome).toMatchObject({ state: 'offline' });
    const finalised = await bed.sessionOf(sessionId);
    expect(finalised).toMatchObject({ status: 'STOPPED', chargerStoppedAt: null });
    expect(finalised!.stoppedAt).not.toBeNull();
    const billedAtStop = finalised!.costMinor;
    expect(billedAtStop).not.toBeNull();
    const again = await rejection(stopSession(bed.deps, { sessionId, caller: driver.viewer }));
    expect(again.code).toBe('conflict');

    // The charger comes back and sends its own stop: the meter is reconciled, billed once.
    const client = await aChargePoint(bed.server, station);
    const meterStopWh = finalised!.meterStartWh! + 5_000;
    await client.call('StopTransaction', {
      transactionId: finalised!.transactionId,
      meterStop: meterStopWh,
      timestamp: new Date().toISOString(),
      reason: 'Remote',
    });
    await client.close();
    const reconciled = await bed.sessionOf(sessionId);
    expect(reconciled).toMatchObject({ status: 'STOPPED', meterStopWh, energyWh: 5_000 });
    expect(reconciled!.chargerStoppedAt).not.toBeNull();
    // 5 kWh at 0.30 EUR + 19 % VAT, once: 150 + 29 cents.
    expect(reconciled!.costMinor).toBe(179);
    expect(reconciled!.costBreakdown).toEqual(await priceSessionById(bed.db, sessionId));

    // A replay of that stop changes nothing.
    const replay = await aChargePoint(bed.server, station);
    await replay.call('StopTransaction', {
      transactionId: finalised!.transactionId,
      meterStop: meterStopWh + 1_000,
      timestamp: new Date().toISOString(),
    });
    await replay.close();
    expect((await bed.sessionOf(sessionId))?.costMinor).toBe(179);
  });

  it.each([
    ['Rejected', { status: 'Rejected' }, { state: 'answered', ocppStatus: 'Rejected' }],
    ['no answer', 'never', { state: 'timeout', ocppStatus: null }],
  ] as const)(
    '%s: still finalised and billed, with the charger’s answer beside it',
    async (_, answer, expected) => {
      const { driver, sessionId } = await aChargingRemoteSession(50, (method) =>
        method === 'RemoteStopTransaction' ? answer : undefined,
      );
      const result = await stopSession(bed.deps, {
        sessionId,
        caller: driver.viewer,
        commandTimeoutMs: 400,
      });
      expect(result.outcome).toMatchObject(expected);
      const row = await bed.sessionOf(sessionId);
      expect(row).toMatchObject({
        status: 'STOPPED',
        stopReason: 'Remote',
        chargerStoppedAt: null,
      });
      expect(row?.costMinor).toBe(row?.costBreakdown?.total);
      expect(row?.costMinor).not.toBeNull();
    },
  );

  it('another driver cannot stop it (404); a finished one is 409', async () => {
    const { sessionId } = await aChargingRemoteSession();
    const stranger = { id: (await aUser(bed.db)).id, role: 'driver' as const };
    const hidden = await rejection(stopSession(bed.deps, { sessionId, caller: stranger }));
    expect(hidden.code).toBe('not_found');
    expect((await bed.sessionOf(sessionId))?.status).toBe('CHARGING');
  });

  it('the stored final cost is what the tariff engine prices the stopped session at', async () => {
    const { driver, sessionId } = await aChargingRemoteSession();
    await stopSession(bed.deps, { sessionId, caller: driver.viewer });
    const row = await bed.sessionOf(sessionId);
    expect(row?.costBreakdown).not.toBeNull();
    expect(row?.currency).toBe('EUR');
    expect(row?.costBreakdown).toEqual(await priceSessionById(bed.db, sessionId));
    expect(row?.costMinor).toBe(row?.costBreakdown?.total);
  });
});
