import { describe, expect, it } from 'vitest';
import { COMMAND_ACTIONS, type CommandAction } from '@/lib/commands/command-actions';
import { aStation } from '@/test/builders';
import { SAMPLE_REQUESTS } from './command-samples';
import { commandRows, useCommandTestbed } from './command-test-kit';

const testbed = useCommandTestbed();

/** What each action's answer is when the charger does what it is asked (null: no status field). */
const NORMAL_STATUS: Record<CommandAction, string | null> = {
  RemoteStartTransaction: 'Accepted',
  // The sample's transaction is not running on the charger: its normal answer is Rejected.
  RemoteStopTransaction: 'Rejected',
  UnlockConnector: 'Unlocked',
  Reset: 'Accepted',
  ChangeAvailability: 'Accepted',
  GetConfiguration: null,
  ChangeConfiguration: 'Accepted',
  ClearCache: 'Accepted',
  // The simulator implements no vendor extensions.
  DataTransfer: 'UnknownVendorId',
  UpdateFirmware: null,
  GetDiagnostics: null,
  SendLocalList: 'Accepted',
  GetLocalListVersion: null,
  ReserveNow: 'Accepted',
  CancelReservation: 'Accepted',
  TriggerMessage: 'Accepted',
  SetChargingProfile: 'Accepted',
  ClearChargingProfile: 'Accepted',
  GetCompositeSchedule: 'Accepted',
};

/** A refusal each action with a status can get (the first non-accepting value of its enum). */
const REFUSAL: Partial<Record<CommandAction, string>> = {
  RemoteStartTransaction: 'Rejected',
  RemoteStopTransaction: 'Rejected',
  UnlockConnector: 'UnlockFailed',
  Reset: 'Rejected',
  ChangeAvailability: 'Rejected',
  ChangeConfiguration: 'Rejected',
  ClearCache: 'Rejected',
  DataTransfer: 'Rejected',
  SendLocalList: 'Failed',
  ReserveNow: 'Occupied',
  CancelReservation: 'Rejected',
  TriggerMessage: 'Rejected',
  SetChargingProfile: 'Rejected',
  ClearChargingProfile: 'Unknown',
  GetCompositeSchedule: 'Rejected',
};

// Each action gets a charger of its own, so one command's effect on the charger cannot change
// another's answer; that also lets them run side by side.
describe.concurrent('every command through a real socket to a simulated charger', () => {
  it.for(COMMAND_ACTIONS)(
    '%s: the charger answers and the audit row records it',
    async (action, { expect }) => {
      const { station, received } = await testbed.connectCharger();
      const outcome = await testbed.send({
        stationId: station.id,
        action,
        request: SAMPLE_REQUESTS[action],
        timeoutMs: 5_000,
      });

      expect(outcome).toMatchObject({
        action,
        state: 'answered',
        ocppStatus: NORMAL_STATUS[action],
      });
      expect(outcome.response).toEqual(expect.any(Object));
      expect(received.filter((call) => call.method === action)).toHaveLength(1);
      const [row] = await commandRows(testbed.db, station.id);
      expect(row).toMatchObject({
        id: outcome.commandId,
        state: 'answered',
        nodeId: testbed.server.nodeId,
        ocppStatus: NORMAL_STATUS[action],
        response: outcome.response,
        answeredAt: expect.any(Date),
        latencyMs: expect.any(Number),
      });
    },
  );
});

describe('every command’s other outcomes', () => {
  it('every action with a status ends answered with the charger’s refusal', async () => {
    const { station } = await testbed.connectCharger({
      answer: (method) => {
        const status = REFUSAL[method as CommandAction];
        return status ? { status } : undefined;
      },
    });
    for (const [action, status] of Object.entries(REFUSAL)) {
      const outcome = await testbed.send({
        stationId: station.id,
        action: action as CommandAction,
        request: SAMPLE_REQUESTS[action as CommandAction],
      });
      expect(outcome, action).toMatchObject({ state: 'answered', ocppStatus: status, error: null });
    }
  });

  it('every action times out when the charger never answers, each at its deadline', async () => {
    const chargers = await Promise.all(
      COMMAND_ACTIONS.map(() => testbed.connectCharger({ answer: () => 'never' })),
    );
    const results = await Promise.all(
      COMMAND_ACTIONS.map(async (action, index) => {
        const { station, received } = chargers[index]!;
        const started = Date.now();
        const outcome = await testbed.send({
          stationId: station.id,
          action,
          request: SAMPLE_REQUESTS[action],
          timeoutMs: 1_000,
        });
        const [row] = await commandRows(testbed.db, station.id);
        return { action, outcome, elapsed: Date.now() - started, row, received };
      }),
    );
    for (const { action, outcome, elapsed, row, received } of results) {
      expect(outcome, action).toMatchObject({ state: 'timeout', ocppStatus: null, response: null });
      expect(elapsed, action).toBeGreaterThanOrEqual(900);
      expect(elapsed, action).toBeLessThan(3_000);
      expect(row, action).toMatchObject({ state: 'timeout', sentAt: expect.any(Date) });
      expect(
        received.map((call) => call.method),
        action,
      ).toEqual([action]);
    }
  });

  it('every action is Offline at once for a station no node holds, and stays on record', async () => {
    const station = await aStation(testbed.db);
    for (const action of COMMAND_ACTIONS) {
      const outcome = await testbed.send({
        stationId: station.id,
        action,
        request: SAMPLE_REQUESTS[action],
      });
      expect(outcome, action).toMatchObject({ action, state: 'offline', latencyMs: null });
    }
    const rows = await commandRows(testbed.db, station.id);
    expect(rows.map((row) => row.action).sort()).toEqual([...COMMAND_ACTIONS].sort());
    expect(rows.every((row) => row.state === 'offline' && row.nodeId === null)).toBe(true);
  });
});
