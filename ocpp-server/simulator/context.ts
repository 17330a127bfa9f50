import type { EventEmitter } from 'node:events';
import type { Clock } from './clock';
import type { ConfigurationStore } from './configuration';
import type { Availability, Reservation, SimulatedConnector } from './connector';
import type { LocalAuthList } from './local-auth-list';
import type { MaintenanceState } from './maintenance';
import type { TransactionMethod } from './offline-queue';
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
import type { ChargingProfileStore } from './smart-charging/profile-store';
import type { TimerSet } from './timers';

/** The charge point as a whole (OCPP connector 0). */
export interface StationState {
  status: ChargePointStatus;
  errorCode: ChargePointErrorCode;
  availability: Availability;
  /** A reservation on connector 0: one connector is kept free for its idTag. */
  reservation: Reservation | undefined;
}

/** Why the charger reboots: the stop reason of the transactions it ends. */
export type RebootReason = 'HardReset' | 'SoftReset' | 'Reboot';

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
  /** Reported in BootNotification; a firmware update changes it. */
  firmwareVersion: string;
  readonly maintenance: MaintenanceState;
  readonly localList: LocalAuthList;
  readonly chargingProfiles: ChargingProfileStore;
  /** The socket is open (a call now would go out). */
  isOnline(): boolean;
  call<M extends OutboundMethod>(
    method: M,
    params: OutboundCalls[M][0],
  ): Promise<OutboundCalls[M][1]>;
  /**
   * A transaction message: through the offline queue when it is on, so it keeps its place
   * while the link is down; `params` is built when the message goes out, and `onAnswer` runs
   * before the next one is built.
   */
  transactionCall<M extends TransactionMethod>(
    method: M,
    params: () => OutboundCalls[M][0],
    onAnswer?: (response: OutboundCalls[M][1]) => void,
  ): Promise<OutboundCalls[M][1]>;
  /** Calls without waiting for the answer; a failure is logged, not thrown. */
  send<M extends OutboundMethod>(method: M, params: OutboundCalls[M][0]): void;
  /** Runs `task` right after the current CSMS call has been answered. */
  defer(task: () => Promise<unknown>): void;
  log(level: LogLevel, message: string): void;
  /** Goes offline and boots again, as after a power cycle. */
  reboot(reason: RebootReason): Promise<void>;
}
