import type { EventEmitter } from 'node:events';
import type { Clock } from './clock';
import type { ConfigurationStore } from './configuration';
import type { Availability, SimulatedConnector } from './connector';
import type {
  ChargePointErrorCode,
  ChargePointStatus,
  OutboundCalls,
  OutboundMethod,
  RegistrationStatus,
  StopReason,
} from './ocpp-types';
import type { LogLevel, ResolvedOptions } from './options';
import type { Random } from './random';
import type { TimerSet } from './timers';

/** The charge point as a whole (OCPP connector 0). */
export interface StationState {
  status: ChargePointStatus;
  errorCode: ChargePointErrorCode;
  availability: Availability;
}

export interface TransactionStartedEvent {
  connectorId: number;
  transactionId: number;
  idTag: string;
  meterStart: number;
}

export interface TransactionStoppedEvent {
  connectorId: number;
  transactionId: number;
  meterStop: number;
  reason: StopReason;
}

export interface ChargePointEvents {
  registration: [status: RegistrationStatus];
  status: [connectorId: number, status: ChargePointStatus, errorCode: ChargePointErrorCode];
  transactionStarted: [event: TransactionStartedEvent];
  transactionStopped: [event: TransactionStoppedEvent];
}

/**
 * What the flows (registration, transactions, status) and the CSMS call handlers share. The
 * SimulatedChargePoint builds it; nothing outside this folder sees it.
 */
export interface ChargePointContext {
  readonly options: ResolvedOptions;
  readonly clock: Clock;
  readonly timers: TimerSet;
  readonly random: Random;
  readonly config: ConfigurationStore;
  readonly connectors: ReadonlyMap<number, SimulatedConnector>;
  readonly station: StationState;
  readonly events: EventEmitter<ChargePointEvents>;
  /** The answer to the last BootNotification; undefined until one arrives. */
  registration: RegistrationStatus | undefined;
  meterIntervalMs: number;
  call<M extends OutboundMethod>(
    method: M,
    params: OutboundCalls[M][0],
  ): Promise<OutboundCalls[M][1]>;
  /** Calls without waiting for the answer; a failure is logged, not thrown. */
  send<M extends OutboundMethod>(method: M, params: OutboundCalls[M][0]): void;
  /** Runs `task` right after the current CSMS call has been answered. */
  defer(task: () => Promise<unknown>): void;
  log(level: LogLevel, message: string): void;
  /** Goes offline and boots again, as after a power cycle. */
  reboot(kind: 'Hard' | 'Soft'): Promise<void>;
}
