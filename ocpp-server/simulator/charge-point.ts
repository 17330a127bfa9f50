import { EventEmitter } from 'node:events';
import { plugIn, unplug } from './cable';
import type { ChargePointContext, ChargePointEvents } from './context';
import type { ChargePointConnection } from './connection';
import { createContext } from './create-context';
import { registerHandlers } from './handlers';
import { sendMeterValues, restartMeterLoops } from './meter-loop';
import { replayCalls, sendGarbage } from './misbehaviour';
import type {
  ChargePointErrorCode,
  ChargePointStatus,
  OutboundCalls,
  RegistrationStatus,
  StopReason,
} from './ocpp-types';
import type { OfflineQueue } from './offline-queue';
import { resolveOptions, type SimulatorOptions } from './options';
import { bootInBackground, bootNotification, startHeartbeat } from './registration';
import { snapshotOf, type ConnectorSnapshot } from './snapshot';
import { setStatus } from './status';
import {
  startTransaction,
  stopTransaction,
  type StartTransactionOptions,
  type StartTransactionResult,
} from './transactions';
import type { VehicleSpec } from './vehicle';

export type { ConnectorSnapshot } from './snapshot';

/**
 * One simulated OCPP 1.6J charge point. Drive it like a driver would (plugIn, startTransaction,
 * stopTransaction, unplug) and it answers the CSMS like a real charger; dropLink, replay and
 * sendGarbage make it misbehave on purpose.
 */
export class SimulatedChargePoint extends EventEmitter<ChargePointEvents> {
  readonly identity: string;
  private readonly ctx: ChargePointContext;
  private readonly connection: ChargePointConnection;
  private readonly offlineQueue: OfflineQueue;

  constructor(options: SimulatorOptions) {
    super();
    const resolved = resolveOptions(options);
    this.identity = resolved.identity;
    ({
      ctx: this.ctx,
      connection: this.connection,
      offlineQueue: this.offlineQueue,
    } = createContext(resolved, this));
    this.ctx.config.onChange((key, value) => this.applyConfiguration(key, Number(value)));
    registerHandlers(this.connection.rpcClient, this.ctx);
  }

  get registrationStatus(): RegistrationStatus | undefined {
    return this.ctx.registration;
  }

  get isConnected(): boolean {
    return this.connection.isOpen;
  }

  /** The charger's own time, in epoch ms (simulated: a fast clock runs ahead of the wall). */
  simulatedNow(): number {
    return this.ctx.clock.now();
  }

  /** The version the next BootNotification reports (a firmware update changes it). */
  get firmwareVersion(): string {
    return this.ctx.firmwareVersion;
  }

  get localListVersion(): number {
    return this.ctx.localList.version;
  }

  /** Transaction messages waiting for the link (with queueTransactionsOffline). */
  get queuedMessages(): number {
    return this.offlineQueue.length;
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
  async close(): Promise<void> {
    await this.connection.close();
    this.offlineQueue.abandon(`${this.identity} was closed`);
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
    return connector && snapshotOf(connector, this.ctx.clock.now());
  }

  get connectors(): ConnectorSnapshot[] {
    return [...this.ctx.connectors.keys()].flatMap((id) => this.connector(id) ?? []);
  }

  /**
   * Cuts the socket without a close frame, as a lost network would; resolves once it is down.
   * With `reconnect` the charger comes back after `reconnectAfterMs` of simulated time.
   */
  dropLink({ reconnectAfterMs = 1_000 }: { reconnectAfterMs?: number } = {}): Promise<void> {
    return this.connection.dropLink(reconnectAfterMs);
  }

  /** Sends the last `count` calls again, same payloads under new message ids, in order. */
  replay(count = 1): Promise<PromiseSettledResult<unknown>[]> {
    return replayCalls(this.connection, count);
  }

  /** Writes `frame` to the socket as is, past strictMode validation. */
  sendGarbage(frame: string): void {
    sendGarbage(this.connection, frame);
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
