import type { EventEmitter } from 'node:events';
import { defaultConfiguration } from './configuration';
import { SimulatedConnector } from './connector';
import { ChargePointConnection } from './connection';
import type { ChargePointContext, ChargePointEvents } from './context';
import { logFailure } from './describe-error';
import { LocalAuthList } from './local-auth-list';
import { OfflineQueue } from './offline-queue';
import type { ResolvedOptions } from './options';
import { createRandom } from './random';
import { compositeLimitAt } from '@/lib/smart-charging/composite-schedule';
import { ChargingProfileStore } from './smart-charging/profile-store';
import { TimerSet } from './timers';

/** Energy registers start where a meter in service for a while would be: 0.1 to 25 MWh. */
const USED_METER_WH: [number, number] = [100_000, 25_000_000];

export interface ChargePointParts {
  ctx: ChargePointContext;
  connection: ChargePointConnection;
  offlineQueue: OfflineQueue;
}

/** Builds the state a SimulatedChargePoint runs on: connectors, configuration, socket, queue. */
export function createContext(
  options: ResolvedOptions,
  events: EventEmitter<ChargePointEvents>,
): ChargePointParts {
  const timers = new TimerSet(options.clock);
  const random = createRandom(options.seed);
  const chargingProfiles = new ChargingProfileStore();
  const limitW = (connector: SimulatedConnector, at: number) => {
    const transaction = connector.transaction;
    return compositeLimitAt(
      {
        profiles: chargingProfiles.all,
        connectorId: connector.connectorId,
        unlimitedW: connector.maxPowerW,
        ...(transaction ? { transaction } : {}),
      },
      at,
    );
  };
  const connectors = new Map(
    options.connectors.map((spec) => [
      spec.connectorId,
      new SimulatedConnector(spec, random.int(...USED_METER_WH), limitW),
    ]),
  );
  const config = defaultConfiguration({
    numberOfConnectors: connectors.size,
    heartbeatIntervalS: 300,
    meterValueSampleIntervalS: Math.max(1, Math.round(options.meterIntervalMs / 1000)),
  });
  for (const [key, value] of Object.entries(options.configuration ?? {})) config.preset(key, value);

  // The connection needs the context and the context calls through the connection.
  const built: { connection?: ChargePointConnection } = {};
  const link = () => {
    if (!built.connection) throw new Error(`${options.identity}: not set up yet`);
    return built.connection;
  };
  const offlineQueue = new OfflineQueue(
    (method, params) => link().call(method, params),
    () => link().isOpen,
    (level, message) => ctx.log(level, message),
  );
  const ctx: ChargePointContext = {
    options,
    clock: options.clock,
    timers,
    random,
    config,
    connectors,
    station: {
      status: 'Available',
      errorCode: 'NoError',
      availability: 'Operative',
      reservation: undefined,
    },
    events,
    registration: undefined,
    meterIntervalMs: options.meterIntervalMs,
    firmwareVersion: options.firmwareVersion,
    maintenance: { firmwareStatus: 'Idle', diagnosticsStatus: 'Idle' },
    localList: new LocalAuthList(config),
    chargingProfiles,
    isOnline: () => link().isOpen,
    call: (method, params) => link().call(method, params),
    transactionCall: async (method, params, onAnswer) => {
      if (options.queueTransactionsOffline) return offlineQueue.enqueue(method, params, onAnswer);
      const response = await link().call(method, params());
      onAnswer?.(response);
      return response;
    },
    send: (method, params) => {
      if (link().isClosed) return;
      link().call(method, params).catch(logFailure(ctx, method));
    },
    defer: (task) => timers.after(0, () => void task().catch(logFailure(ctx, 'task'))),
    log: (level, message) => options.log(level, `[${options.identity}] ${message}`),
    reboot: (reason) => link().reboot(reason),
  };
  const connection = new ChargePointConnection(ctx);
  built.connection = connection;
  connection.rpcClient.on('open', () => offlineQueue.flush());
  return { ctx, connection, offlineQueue };
}
