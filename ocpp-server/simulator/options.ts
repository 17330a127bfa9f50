import { realClock, type Clock } from './clock';
import type { ConnectorSpec } from './connector';
import { seedFromString } from './random';
import type { VehicleSpec } from './vehicle';

export type LogLevel = 'debug' | 'info' | 'warn' | 'error';
export type SimulatorLog = (level: LogLevel, message: string) => void;

/**
 * Lets a test make the charger misbehave when the CSMS calls it. Return undefined to answer
 * normally, 'never' to never answer, an Error (e.g. ocpp-rpc's createRPCError) to answer with
 * a CALLERROR, or an object to answer with it instead of the normal answer (strictMode still
 * validates it, so an invalid one goes out as an InternalError).
 */
export type AnswerOverride = (
  method: string,
  params: unknown,
) =>
  | Record<string, unknown>
  | Error
  | 'never'
  | undefined
  | Promise<Record<string, unknown> | Error | 'never' | undefined>;

export interface SimulatorOptions {
  /** The CSMS endpoint base, e.g. ws://127.0.0.1:9000/ocpp (the identity is appended). */
  url: string;
  identity: string;
  /** Basic-auth password (security profile 1). */
  password?: string;
  connectors: ConnectorSpec[];
  vendor?: string;
  model?: string;
  firmwareVersion?: string;
  serialNumber?: string;
  /** Periodic MeterValues during a transaction, until the CSMS sets MeterValueSampleInterval. */
  meterIntervalMs?: number;
  /** Reconnect after losing the connection, and keep trying when the first connect fails. */
  reconnect?: boolean;
  log?: SimulatorLog;
  /** Simulated time; `createClock({ speed: 50 })` runs every interval 50 times faster. */
  clock?: Clock;
  /** Seeds energy registers and vehicles; defaults to one derived from the identity. */
  seed?: number;
  /** How long after an accepted RemoteStartTransaction the driver plugs in. */
  plugInDelayMs?: number;
  /** How long after an accepted Reset the charger goes down and reboots. */
  resetDelayMs?: number;
  /** Wait before retrying a BootNotification that failed outright (no answer). */
  bootRetryMs?: number;
  callTimeoutMs?: number;
  /** Answer UnlockConnector with UnlockFailed, as a jammed lock would. */
  failUnlock?: boolean;
  answer?: AnswerOverride;
  /**
   * Keep StartTransaction, transaction MeterValues and StopTransaction in order while the link
   * is down and send them, with their original timestamps, once it is back (as real chargers
   * do). Offline, sessions start under the Local Authorization List or
   * AllowOfflineTxForUnknownId.
   */
  queueTransactionsOffline?: boolean;
  /** Each step of a firmware update, and the diagnostics upload. */
  firmwareStepMs?: number;
  /** Configuration values to start with, readonly keys included (e.g. LocalPreAuthorize). */
  configuration?: Record<string, string>;
  /** The vehicle that plugs in when none is given (remote starts, tag-first starts). */
  vehicleFor?: (connectorId: number) => VehicleSpec;
}

type OptionalKeys = 'password' | 'serialNumber' | 'answer' | 'vehicleFor' | 'configuration';
export type ResolvedOptions = Required<Omit<SimulatorOptions, OptionalKeys>> &
  Pick<SimulatorOptions, OptionalKeys>;

const silent: SimulatorLog = () => {};

export function resolveOptions(options: SimulatorOptions): ResolvedOptions {
  const ids = options.connectors.map((connector) => connector.connectorId);
  if (ids.length === 0) throw new Error(`${options.identity}: at least one connector is required`);
  if (ids.some((id, index) => !Number.isInteger(id) || id !== index + 1)) {
    throw new Error(
      `${options.identity}: connector ids must be 1..n in order, got ${ids.join(',')}`,
    );
  }
  const resolved: ResolvedOptions = {
    vendor: 'Chargedeck',
    model: 'Simulator',
    firmwareVersion: '1.0.0-sim',
    meterIntervalMs: 10_000,
    reconnect: true,
    log: silent,
    clock: realClock,
    seed: seedFromString(options.identity),
    plugInDelayMs: 2_000,
    resetDelayMs: 1_000,
    bootRetryMs: 10_000,
    callTimeoutMs: 30_000,
    failUnlock: false,
    queueTransactionsOffline: false,
    firmwareStepMs: 2_000,
    ...withoutUndefined(options),
  };
  assertFits(resolved, 'vendor', resolved.vendor, 20);
  assertFits(resolved, 'model', resolved.model, 20);
  assertFits(resolved, 'firmwareVersion', resolved.firmwareVersion, 50);
  assertFits(resolved, 'serialNumber', resolved.serialNumber ?? '', 25);
  return resolved;
}

/** BootNotification would fail schema validation and the charger would never register. */
function assertFits(options: ResolvedOptions, field: string, value: string, maxLength: number) {
  if (value.length > maxLength) {
    throw new Error(
      `${options.identity}: ${field} "${value}" is longer than ${maxLength} characters`,
    );
  }
}

function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== undefined)) as T;
}
