import type { RPCClient } from 'ocpp-rpc';
import type { ChargePointContext, RebootReason } from './context';
import { describeError, logFailure } from './describe-error';
import type { OutboundCalls, OutboundMethod } from './ocpp-types';
import { bootInBackground } from './registration';
import { rearmReservations } from './reservations';
import { createChargePointClient, setPingInterval, terminateSocket } from './rpc';
import { announceAllStatuses, setStatus, settle } from './status';
import { stopTransaction } from './transactions';

const OPEN = 1;
/** How many sent calls are kept for replay(). */
const RECENT_CALLS = 50;

export interface SentCall {
  method: OutboundMethod;
  params: unknown;
}

/**
 * The charge point's socket to the CSMS: connecting (with retries), reconnecting, rebooting
 * and closing, so that nothing keeps running once the charger is closed or gone for good.
 */
export class ChargePointConnection {
  private readonly client: RPCClient;
  private closed = true;
  private rebooting = false;
  private dropping = false;
  private reconnecting = false;
  private openedBefore = false;
  private readonly sent: SentCall[] = [];
  private wakeConnectRetry: (() => void) | undefined;

  constructor(private readonly ctx: ChargePointContext) {
    this.client = createChargePointClient({
      ...ctx.options,
      pingIntervalMs: ctx.config.number('WebSocketPingInterval', 30) * 1000,
    });
    this.listen();
  }

  get rpcClient(): RPCClient {
    return this.client;
  }

  get isOpen(): boolean {
    return this.client.state === OPEN;
  }

  get isClosed(): boolean {
    return this.closed;
  }

  /** The calls sent most recently, oldest first (replays not included). */
  get recentCalls(): readonly SentCall[] {
    return this.sent;
  }

  call<M extends OutboundMethod>(method: M, params: OutboundCalls[M][0]) {
    this.ctx.log('debug', `sending ${method} ${JSON.stringify(params)}`);
    this.sent.push({ method, params: structuredClone(params) });
    if (this.sent.length > RECENT_CALLS) this.sent.shift();
    return this.client.call(method, params) as Promise<OutboundCalls[M][1]>;
  }

  /**
   * Cuts the socket without a close frame, as a lost network would. With `reconnect` the
   * charger comes back after `reconnectAfterMs` (simulated time), reports its connectors and
   * sends what it queued; without, it is gone for good.
   */
  async dropLink(reconnectAfterMs: number): Promise<void> {
    if (!this.isOpen) return;
    this.dropping = true;
    try {
      await terminateSocket(this.client);
    } finally {
      this.dropping = false;
    }
    if (this.closed) return;
    if (!this.ctx.options.reconnect) {
      this.goneForGood();
      return;
    }
    this.reconnecting = true;
    const reopen = () => void this.open().catch(logFailure(this.ctx, 'reconnect'));
    this.ctx.timers.after(reconnectAfterMs, reopen, 'reconnect');
  }

  /** Connects; with `reconnect`, keeps trying until the CSMS is reachable or close() is called. */
  async open(): Promise<void> {
    this.closed = false;
    for (let attempt = 0; ; attempt++) {
      try {
        await this.client.connect();
        return;
      } catch (error) {
        if (!this.ctx.options.reconnect || this.closed) throw error;
        const delayMs = Math.min(30_000, 1_000 * 2 ** Math.min(attempt, 5));
        this.ctx.log('warn', `connect failed (${describeError(error)}), retrying in ${delayMs} ms`);
        await new Promise<void>((resolve) => {
          this.wakeConnectRetry = resolve;
          this.ctx.timers.after(delayMs, resolve, 'connect-retry');
        });
        if (this.closed) throw new Error(`${this.ctx.options.identity}: closed while connecting`);
      }
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    this.wakeConnectRetry?.();
    this.ctx.timers.clearAll();
    this.ctx.registration = undefined;
    await this.client.close({ code: 1000, reason: 'Simulator stopped' });
  }

  /** Ends the transactions, goes offline and boots again with every connector at rest. */
  async reboot(reason: RebootReason): Promise<void> {
    const { ctx } = this;
    for (const connectorId of ctx.connectors.keys()) {
      await stopTransaction(ctx, connectorId, reason).catch(logFailure(ctx, 'stop before reset'));
    }
    ctx.log('info', `rebooting (${reason})`);
    this.rebooting = true;
    ctx.timers.clearAll();
    rearmReservations(ctx);
    ctx.registration = undefined;
    await this.client.close({ code: 1012, reason: 'Rebooting' });
    for (const connector of ctx.connectors.values()) {
      connector.busy = false;
      settle(ctx, connector);
    }
    setStatus(ctx, 0, ctx.station.availability === 'Inoperative' ? 'Unavailable' : 'Available');
    this.rebooting = false;
    if (this.closed) return;
    await this.open();
    bootInBackground(ctx);
  }

  setPingInterval(pingIntervalMs: number): void {
    setPingInterval(this.client, pingIntervalMs);
  }

  /** Reconnect off or given up: nothing may keep running. */
  private goneForGood(): void {
    this.ctx.log('warn', 'connection closed for good');
    this.ctx.timers.clearAll();
    this.ctx.registration = undefined;
  }

  private listen(): void {
    const { ctx, client } = this;
    client.on('open', () => {
      // A reconnect is not a reboot: no new BootNotification, but the CSMS learns the state.
      const isReconnect = this.openedBefore || this.reconnecting;
      if (isReconnect && ctx.registration === 'Accepted') announceAllStatuses(ctx);
      this.openedBefore = true;
      this.reconnecting = false;
    });
    client.on('disconnect', ({ code }: { code: number }) => {
      if (!this.closed && !this.rebooting) ctx.log('warn', `disconnected (${code})`);
    });
    client.on('close', () => {
      const wasOpen = this.openedBefore;
      this.openedBefore = false;
      // ocpp-rpc also emits 'close' for a failed connect, which open() retries on its own.
      if (this.closed || this.rebooting || this.dropping || !wasOpen) return;
      this.goneForGood();
    });
    client.on('strictValidationFailure', ({ method, error }: { method: string; error: Error }) =>
      ctx.log('error', `schema validation failed for ${method}: ${error.message}`),
    );
  }
}
