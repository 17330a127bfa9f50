import { EventEmitter } from 'node:events';
import { plugIn, unplug } from './cable';
import { defaultConfiguration } from './configuration';
import { SimulatedConnector } from './connector';
import type { ChargePointContext, ChargePointEvents } from './context';
import { ChargePointConnection } from './connection';
import { logFailure } from './describe-error';
import { registerHandlers } from './handlers';
import type {
  ChargePointErrorCode,
  ChargePointStatus,
  OutboundCalls,
  RegistrationStatus,
  StopReason,
} from './ocpp-types';
import { resolveOptions, type ResolvedOptions, type SimulatorOptions } from './options';
import { createRandom } from './random';
import { bootInBackground, bootNotification, startHeartbeat } from './registration';
import { setStatus } from './status';
import { TimerSet } from './timers';
import {
  restartMeterLoops,
  sendMeterValues,
  startTransaction,
  stopTransaction,
  type StartTransactionOptions,
  type StartTransactionResult,
} from './transactions';
import type { VehicleSpec } from './vehicle';

export interface ConnectorSnapshot {
  connectorId: number;
  status: ChargePointStatus;
  errorCode: ChargePointErrorCode;
  plugged: boolean;
  meterWh: number;
  powerW: number;
  socPercent: number | undefined;
  transactionId: number | undefined;
  idTag: string | undefined;
}

/** Energy registers start where a meter in service for a while would be: 0.1 to 25 MWh. */
const USED_METER_WH: [number, number] = [100_000, 25_000_000];

/**
 * One simulated OCPP 1.6J charge point. Drive it like a driver would (plugIn, startTransaction,
 * stopTransaction, unplug) and it answers the CSMS like a real charger.
 */
export class SimulatedChargePoint extends EventEmitter<ChargePointEvents> {
  readonly identity: string;
  private readonly options: ResolvedOptions;
  private readonly ctx: ChargePointContext;
  private readonly timers: TimerSet;
  private readonly connection: ChargePointConnection;

  constructor(options: SimulatorOptions) {
    super();
    this.options = resolveOptions(options);
    this.identity = this.options.identity;
    this.timers = new TimerSet(this.options.clock);
    const random = createRandom(this.options.seed);
    const connectors = new Map(
      this.options.connectors.map((spec) => [
        spec.connectorId,
        new SimulatedConnector(spec, random.int(...USED_METER_WH)),
      ]),
    );
    const config = defaultConfiguration({
      numberOfConnectors: connectors.size,
      heartbeatIntervalS: 300,
      meterValueSampleIntervalS: Math.max(1, Math.round(this.options.meterIntervalMs / 1000)),
    });
    this.ctx = {
      options: this.options,
      clock: this.options.clock,
      timers: this.timers,
      random,
      config,
      connectors,
      station: { status: 'Available', errorCode: 'NoError', availability: 'Operative' },
      events: this,
      registration: undefined,
      meterIntervalMs: this.options.meterIntervalMs,
      call: (method, params) => this.connection.call(method, params),
      send: (method, params) => {
        if (this.connection.isClosed) return;
        this.connection.call(method, params).catch(logFailure(this.ctx, method));
      },
      defer: (task) => this.timers.after(0, () => void task().catch(logFailure(this.ctx, 'task'))),
      log: (level, message) => this.options.log(level, `[${this.identity}] ${message}`),
      reboot: (kind) => this.connection.reboot(kind),
    };
    config.onChange((key, value) => this.applyConfiguration(key, Number(value)));
    this.connection = new ChargePointConnection(this.ctx);
    registerHandlers(this.connection.rpcClient, this.ctx);
  }

  get registrationStatus(): RegistrationStatus | undefined {
    return this.ctx.registration;
  }

  get isConnected(): boolean {
    return this.connection.isOpen;
  }

  /** Opens the socket and sends BootNotification; resolves with the CSMS's first answer. */
  async connect(): Promise<OutboundCalls['BootNotification'][1]> {
    await this.connection.open();
    try {
      return await bootNotification(this.ctx);
    } catch (error) {
      if (!this.connection.isClosed) bootInBackground(this.ctx);
      throw error;
    }
  }

  /** Stops every timer and closes the socket; open transactions stay open, as on power loss. */
  close(): Promise<void> {
    return this.connection.close();
  }

  plugIn(connectorId: number, vehicle?: VehicleSpec): void {
    plugIn(this.ctx, connectorId, vehicle);
  }

  unplug(connectorId: number): Promise<void> {
    return unplug(this.ctx, connectorId);
  }

  startTransaction(
    connectorId: number,
    idTag: string,
    options?: StartTransactionOptions,
  ): Promise<StartTransactionResult> {
    return startTransaction(this.ctx, connectorId, idTag, options);
  }

  async stopTransaction(connectorId: number, reason: StopReason = 'Local'): Promise<void> {
    await stopTransaction(this.ctx, connectorId, reason);
  }

  /** Faulted or Unavailable ends a running transaction first, as a real charger must. */
  async setStatus(
    connectorId: number,
    status: ChargePointStatus,
    errorCode: ChargePointErrorCode = 'NoError',
  ): Promise<void> {
    if (connectorId !== 0 && (status === 'Faulted' || status === 'Unavailable')) {
      await stopTransaction(this.ctx, connectorId, 'Other');
    }
    setStatus(this.ctx, connectorId, status, errorCode);
  }

  /** Sends a MeterValues now, outside the periodic schedule. */
  sendMeterValues(connectorId: number): void {
    const connector = this.ctx.connectors.get(connectorId);
    if (connector) sendMeterValues(this.ctx, connector, 'Sample.Periodic');
  }

  configurationValue(key: string): string | undefined {
    return this.ctx.config.value(key);
  }

  connector(connectorId: number): ConnectorSnapshot | undefined {
    const connector = this.ctx.connectors.get(connectorId);
    if (!connector) return undefined;
    connector.advance(this.ctx.clock.now());
    return {
      connectorId,
      status: connector.status,
      errorCode: connector.errorCode,
      plugged: connector.plugged,
      meterWh: connector.meterWh,
      powerW: connector.powerW,
      socPercent: connector.vehicle?.socPercent,
      transactionId: connector.transaction?.transactionId,
      idTag: connector.transaction?.idTag,
    };
  }

  get connectors(): ConnectorSnapshot[] {
    return [...this.ctx.connectors.keys()].flatMap((id) => this.connector(id) ?? []);
  }

  private applyConfiguration(key: string, value: number): void {
    if (key === 'HeartbeatInterval') startHeartbeat(this.ctx);
    if (key === 'MeterValueSampleInterval') {
      this.ctx.meterIntervalMs = value * 1000;
      restartMeterLoops(this.ctx);
    }
    if (key === 'WebSocketPingInterval') this.connection.setPingInterval(value * 1000);
  }
}
