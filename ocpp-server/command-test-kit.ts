import { eq } from 'drizzle-orm';
import { afterAll, beforeAll } from 'vitest';
import type { Executor } from '@/db/client';
import { commands, stations } from '@/db/schema';
import type { CommandAction } from '@/lib/commands/command-actions';
import { sendCommand, type SendCommandInput } from '@/lib/commands/send-command';
import { createEventHub, type EventHub } from '@/lib/events/event-hub';
import { aStation } from '@/test/builders';
import { testDatabaseUrl, useTestDb } from '@/test/db';
import { eventually, useOcppServer, type TestOcppServer } from '@/test/ocpp-builders';
import type { OcppServerOptions } from './server';
import postgres from 'postgres';
import { SimulatedChargePoint, type AnswerOverride } from './simulator';

/**
 * Normal answers to the non-Core actions, given through the simulator's `answer` hook so these
 * tests do not depend on how far its own handlers for them have come. Core it answers itself.
 */
export const SIMULATOR_ANSWERS: Partial<Record<CommandAction, Record<string, unknown>>> = {
  UpdateFirmware: {},
  GetDiagnostics: { fileName: 'diagnostics-1.zip' },
  SendLocalList: { status: 'Accepted' },
  GetLocalListVersion: { listVersion: 7 },
  ReserveNow: { status: 'Accepted' },
  CancelReservation: { status: 'Accepted' },
  SetChargingProfile: { status: 'Accepted' },
  ClearChargingProfile: { status: 'Accepted' },
  GetCompositeSchedule: {
    status: 'Accepted',
    connectorId: 1,
    scheduleStart: '2030-01-01T00:00:00Z',
    chargingSchedule: {
      chargingRateUnit: 'A',
      chargingSchedulePeriod: [{ startPeriod: 0, limit: 16 }],
    },
  },
};

/** The default `answer` hook of a test charger: SIMULATOR_ANSWERS, the rest as the simulator does. */
export const answerProfileActions: AnswerOverride = (method) =>
  SIMULATOR_ANSWERS[method as CommandAction];

export interface ConnectedCharger {
  station: Awaited<ReturnType<typeof aStation>>;
  charger: SimulatedChargePoint;
  /** Every call the charger received, in order. */
  received: { method: string; params: unknown }[];
}

/**
 * A real ocpp-server, a LISTEN connection for sendCommand, and simulated chargers that answer
 * commands like real ones; everything closes after the file's tests.
 */
export function useCommandTestbed(overrides: Partial<OcppServerOptions> = {}) {
  const { db } = useTestDb();
  const ocpp = useOcppServer({ commandSweepIntervalMs: 200, ...overrides });
  const chargers: SimulatedChargePoint[] = [];
  let listener: { sql: postgres.Sql; hub: EventHub } | undefined;
  beforeAll(async () => {
    const sql = postgres(testDatabaseUrl(), { max: 1, onnotice: () => {} });
    listener = { sql, hub: await createEventHub(sql) };
  });
  afterAll(async () => {
    await Promise.all(chargers.map((charger) => charger.close()));
    await listener?.hub.close();
    await listener?.sql.end({ timeout: 5 });
  });

  const testbed = {
    db,
    get server(): TestOcppServer {
      return ocpp.server;
    },
    get events(): EventHub {
      if (!listener) throw new Error('the event hub starts in beforeAll');
      return listener.hub;
    },
    send<A extends CommandAction>(input: SendCommandInput<A>) {
      return sendCommand({ db, events: testbed.events }, input);
    },
    async connectCharger(
      options: {
        answer?: AnswerOverride;
        /** Connects this already registered station again instead of a new one. */
        existing?: ConnectedCharger['station'];
      } = {},
      server: TestOcppServer = ocpp.server,
    ): Promise<ConnectedCharger> {
      const station = options.existing ?? (await aStation(db));
      const received: ConnectedCharger['received'] = [];
      const charger = new SimulatedChargePoint({
        url: server.endpoint,
        identity: station.identity,
        password: station.password,
        connectors: [
          { connectorId: 1, type: 'Type2', maxPowerW: 22_000 },
          { connectorId: 2, type: 'CCS2', maxPowerW: 150_000 },
        ],
        reconnect: false,
        // Long enough that accepted remote starts and resets do not act during a test.
        plugInDelayMs: 60_000,
        resetDelayMs: 60_000,
        answer: (method, params) => {
          received.push({ method, params });
          return (options.answer ?? answerProfileActions)(method, params);
        },
      });
      chargers.push(charger);
      await charger.connect();
      await eventually(() => isOnlineAt(db, station.id, server.nodeId));
      return { station, charger, received };
    },
  };
  return testbed;
}

async function isOnlineAt(db: Executor, stationId: string, nodeId: string) {
  const [row] = await db
    .select({ state: stations.connectionState, nodeId: stations.nodeId })
    .from(stations)
    .where(eq(stations.id, stationId));
  return row?.state === 'online' && row.nodeId === nodeId;
}

export async function commandRows(db: Executor, stationId: string) {
  return db.select().from(commands).where(eq(commands.stationId, stationId));
}
