import type { RPCClient } from 'ocpp-rpc';
import type { ChargePointContext } from './context';
import { describeError, logFailure } from './describe-error';
import type { OutboundCalls, OutboundMethod, StopReason } from './ocpp-types';
import { bootInBackground } from './registration';
import { createChargePointClient, setPingInterval } from './rpc';
import { announceAllStatuses, setStatus, settle } from './status';
import { stopTransaction } from './transactions';

const OPEN = 1;

/**
 * The charge point's socket to the CSMS: connecting (with retries), reconnecting, rebooting
 * and closing, so that nothing keeps running once the charger is closed or gone for good.
 */
export class ChargePointConnection {
  private readonly client: RPCClient;
  private closed = true;
  private rebooting = false;
  private openedBefore = false;
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

  call<M extends OutboundMethod>(method: M, params: OutboundCalls[M][0]) {
    this.ctx.log('debug', `sending ${method} ${JSON.stringify(params)}`);
    return this.client.call(method, params) as Promise<OutboundCalls[M][1]>;
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
  async reboot(kind: 'Hard' | 'Soft'): Promise<void> {
    const { ctx } = this;
    const reason: StopReason = kind === 'Hard' ? 'HardReset' : 'SoftReset';
    for (const connectorId of ctx.connectors.keys()) {
      await stopTransaction(ctx, connectorId, reason).catch(logFailure(ctx, 'stop before reset'));
    }
    ctx.log('info', `${kind} reset: rebooting`);
    this.rebooting = true;
    ctx.timers.clearAll();
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

  private listen(): void {
    const { ctx, client } = this;
    client.on('open', () => {
      // A reconnect is not a reboot: no new BootNotification, but the CSMS learns the state.
      if (this.openedBefore && ctx.registration === 'Accepted') announceAllStatuses(ctx);
      this.openedBefore = true;
    });
    client.on('disconnect', ({ code }: { code: number }) => {
      if (!this.closed && !this.rebooting) ctx.log('warn', `disconnected (${code})`);
    });
    client.on('close', () => {
      const wasOpen = this.openedBefore;
      this.openedBefore = false;
      // ocpp-rpc also emits 'close' for a failed connect, which open() retries on its own.
      if (this.closed || this.rebooting || !wasOpen) return;
      // Gone for good (reconnect off or given up): nothing may keep running.
      ctx.log('warn', 'connection closed for good');
      ctx.timers.clearAll();
      ctx.registration = undefined;
    });
    client.on('strictValidationFailure', ({ method, error }: { method: string; error: Error }) =>
      ctx.log('error', `schema validation failed for ${method}: ${error.message}`),
    );
  }
}
