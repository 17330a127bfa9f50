import type { ChargePointErrorCode, ChargePointStatus } from './ocpp-types';
import {
  currentTypeOf,
  type ConnectorType,
  type CurrentType,
  type SimulatedVehicle,
} from './vehicle';

export interface ConnectorSpec {
  connectorId: number;
  type: ConnectorType;
  maxPowerW: number;
}

export type Availability = 'Operative' | 'Inoperative';

export interface ActiveTransaction {
  /** Provisional (negative) while a StartTransaction queued offline awaits its answer. */
  transactionId: number;
  idTag: string;
  meterStart: number;
  startedAt: number;
  reservationId?: number;
}

/** A ReserveNow the connector (or, on connector 0, the station) holds. */
export interface Reservation {
  reservationId: number;
  connectorId: number;
  idTag: string;
  parentIdTag?: string;
  expiresAt: number;
}

/** The charging limit in W at a moment, from the installed charging profiles. */
export type LimitProvider = (connector: SimulatedConnector, at: number) => number;

/** Energy is integrated in steps no longer than this, so the DC taper is followed closely. */
const MAX_STEP_MS = 5_000;

/**
 * One connector's physical state: what is plugged in, its status, its energy register. The
 * register is a float internally and reported as whole Wh, and it survives across sessions.
 */
export class SimulatedConnector {
  readonly connectorId: number;
  readonly type: ConnectorType;
  readonly maxPowerW: number;
  readonly current: CurrentType;

  status: ChargePointStatus = 'Available';
  errorCode: ChargePointErrorCode = 'NoError';
  availability: Availability = 'Operative';
  /** An availability change the CSMS asked for while a transaction was running. */
  scheduledAvailability: Availability | undefined;
  vehicle: SimulatedVehicle | undefined;
  transaction: ActiveTransaction | undefined;
  reservation: Reservation | undefined;
  /** A start or stop is in flight; further commands must not interleave with it. */
  busy = false;

  private energyWh: number;
  private drawnW = 0;
  private lastAdvanceAt = 0;

  constructor(
    spec: ConnectorSpec,
    initialRegisterWh: number,
    private readonly limitW: LimitProvider = () => Infinity,
  ) {
    this.connectorId = spec.connectorId;
    this.type = spec.type;
    this.maxPowerW = spec.maxPowerW;
    this.current = currentTypeOf(spec.type);
    this.energyWh = initialRegisterWh;
  }

  /** The energy register as the meter reports it, in whole Wh. */
  get meterWh(): number {
    // The epsilon absorbs float drift from summing many steps (5499.999… must read 5500).
    return Math.floor(this.energyWh + 1e-6);
  }

  get powerW(): number {
    return this.drawnW;
  }

  get plugged(): boolean {
    return this.vehicle !== undefined;
  }

  /** The power this connector offers the vehicle: its rating, capped by charging profiles. */
  offeredW(at: number): number {
    if (this.status === 'SuspendedEVSE') return 0;
    return Math.max(0, Math.min(this.maxPowerW, this.limitW(this, at)));
  }

  beginTransaction(transaction: ActiveTransaction, now: number): void {
    this.transaction = transaction;
    this.lastAdvanceAt = now;
    this.reconsider(now);
  }

  /** Brings the register up to `now`, then draws what is offered from now on. */
  reconsider(now: number): void {
    this.advance(now);
    if (this.transaction) this.drawnW = this.vehicle?.drawW(this.current, this.offeredW(now)) ?? 0;
  }

  /** Lets energy flow from the last update until `now` at the power the vehicle draws. */
  advance(now: number): void {
    if (!this.transaction) return;
    while (this.lastAdvanceAt < now) {
      const step = Math.min(MAX_STEP_MS, now - this.lastAdvanceAt);
      const stepWh = (this.drawnW * step) / 3_600_000;
      this.energyWh += stepWh;
      this.vehicle?.absorb(stepWh);
      this.lastAdvanceAt += step;
      this.drawnW = this.vehicle?.drawW(this.current, this.offeredW(this.lastAdvanceAt)) ?? 0;
    }
  }

  endTransaction(now: number): ActiveTransaction | undefined {
    this.advance(now);
    const ended = this.transaction;
    this.transaction = undefined;
    this.drawnW = 0;
    return ended;
  }
}
