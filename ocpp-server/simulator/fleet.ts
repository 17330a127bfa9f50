import { SimulatedChargePoint } from './charge-point';
import { realClock, type Clock } from './clock';
import type { ConnectorSpec } from './connector';
import { driveDemoLife, IdTagPool } from './demo-life';
import { logFailure } from './describe-error';
import type { SimulatorLog, SimulatorOptions } from './options';
import { createRandom } from './random';
import { TimerSet } from './timers';

export interface FleetStation {
  identity: string;
  password?: string;
  connectors: ConnectorSpec[];
  vendor?: string;
  model?: string;
}

export interface FleetOptions {
  url: string;
  stations: FleetStation[];
  /** Drivers use the chargers on their own, presenting these id tags. */
  demo?: { idTags: readonly string[]; pace?: number };
  /** Delay between two chargers connecting, so hundreds do not arrive at once. */
  staggerMs?: number;
  meterIntervalMs?: number;
  reconnect?: boolean;
  clock?: Clock;
  seed?: number;
  log?: SimulatorLog;
  /** Anything else to pass to every charger (answer overrides, delays). */
  chargePoint?: Partial<SimulatorOptions>;
}

export interface Fleet {
  chargePoints: SimulatedChargePoint[];
  /** Settles once every charger has had its first BootNotification answered (or failed). */
  ready: Promise<void>;
  stop(): Promise<void>;
}

export function startFleet(options: FleetOptions): Fleet {
  const clock = options.clock ?? realClock;
  const log = options.log ?? (() => {});
  const random = createRandom(options.seed ?? Date.now());
  const timers = new TimerSet(clock);
  const staggerMs = options.staggerMs ?? 100;
  const idTags = options.demo ? new IdTagPool(options.demo.idTags, random) : undefined;
  const stopLives: (() => void)[] = [];
  const cancelPending: (() => void)[] = [];

  const chargePoints = options.stations.map(
    (station) =>
      new SimulatedChargePoint({
        ...options.chargePoint,
        ...station,
        url: options.url,
        clock,
        log,
        meterIntervalMs: options.meterIntervalMs,
        reconnect: options.reconnect ?? true,
      }),
  );

  const connections = chargePoints.map(
    (chargePoint, index) =>
      new Promise<void>((resolve) => {
        cancelPending.push(resolve);
        timers.after(index * staggerMs, () => {
          chargePoint
            .connect()
            .catch(logFailure({ log }, `[${chargePoint.identity}] connect`))
            .finally(resolve);
          if (options.demo && idTags) {
            const lifeRandom = createRandom(random.int(0, 2 ** 31));
            stopLives.push(
              driveDemoLife(chargePoint, {
                idTags,
                random: lifeRandom,
                clock,
                pace: options.demo.pace,
                log,
              }),
            );
          }
        });
      }),
  );

  return {
    chargePoints,
    ready: Promise.all(connections).then(() => undefined),
    async stop() {
      timers.clearAll();
      for (const cancel of cancelPending) cancel();
      for (const stopLife of stopLives) stopLife();
      await Promise.all(chargePoints.map((chargePoint) => chargePoint.close()));
    },
  };
}
