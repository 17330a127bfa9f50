import { EventEmitter } from 'node:events';
import type { AddressInfo } from 'node:net';
import { RPCServer, type RPCClient } from 'ocpp-rpc';
import type {
  AuthorizationStatus,
  IdTagInfo,
  OutboundCalls,
  RegistrationStatus,
} from '../ocpp-types';
import { rpcError } from '../rpc';

export interface RecordedCall {
  identity: string;
  method: string;
  params: Record<string, unknown>;
}

export interface RecordedDisconnect {
  identity: string;
  code: number;
}

export interface TestCsmsOptions {
  /** The BootNotification answer; change it later through `csms.bootStatus`. */
  bootStatus?: RegistrationStatus;
  intervalS?: number;
  /** The idTagInfo (or just its status) for Authorize and StartTransaction. */
  authorize?: (idTag: string) => AuthorizationStatus | IdTagInfo;
  /** When set, chargers must present this basic-auth password. */
  password?: string;
  /** A fixed port, e.g. to bring a CSMS back where a charger expects it; 0 picks a free one. */
  port?: number;
}

/**
 * A minimal real OCPP 1.6J central system (ocpp-rpc RPCServer, strictMode) on a free port
 * that answers like a permissive CSMS and records every call, for testing the simulator.
 */
export async function startTestCsms(options: TestCsmsOptions = {}) {
  const server = new RPCServer({ protocols: ['ocpp1.6'], strictMode: true });
  const calls: RecordedCall[] = [];
  const disconnects: RecordedDisconnect[] = [];
  /** Every frame received, as text, before any parsing. */
  const rawFrames: { identity: string; frame: string }[] = [];
  const recorded = new EventEmitter();
  const clients = new Map<string, RPCClient>();
  const state = { bootStatus: options.bootStatus ?? 'Accepted', nextTransactionId: 1 };
  const intervalS = options.intervalS ?? 60;
  const authorize = (idTag: string): IdTagInfo => {
    const answer = options.authorize?.(idTag) ?? 'Accepted';
    return typeof answer === 'string' ? { status: answer } : answer;
  };
  const now = () => new Date().toISOString();

  server.auth((accept, reject, handshake) => {
    const password = handshake.password?.toString('utf8');
    if (options.password !== undefined && password !== options.password) {
      reject(401, 'bad credentials');
      return;
    }
    accept({});
  });

  const answers: {
    [M in keyof OutboundCalls]: (params: OutboundCalls[M][0]) => OutboundCalls[M][1];
  } = {
    BootNotification: () => ({ status: state.bootStatus, currentTime: now(), interval: intervalS }),
    Heartbeat: () => ({ currentTime: now() }),
    StatusNotification: () => ({}),
    Authorize: ({ idTag }) => ({ idTagInfo: authorize(idTag) }),
    StartTransaction: ({ idTag }) => ({
      transactionId: state.nextTransactionId++,
      idTagInfo: authorize(idTag),
    }),
    StopTransaction: () => ({ idTagInfo: { status: 'Accepted' } }),
    MeterValues: () => ({}),
    FirmwareStatusNotification: () => ({}),
    DiagnosticsStatusNotification: () => ({}),
  };

  server.on('client', (client: RPCClient) => {
    const identity = client.identity ?? '';
    clients.set(identity, client);
    client.on('message', ({ message, outbound }: { message: unknown; outbound: boolean }) => {
      if (!outbound) rawFrames.push({ identity, frame: String(message) });
    });
    client.once('close', ({ code }: { code: number }) => {
      disconnects.push({ identity, code });
      recorded.emit('disconnect');
    });
    client.handle((async ({
      method,
      params,
    }: {
      method: string;
      params: Record<string, unknown>;
    }) => {
      const call = { identity, method, params };
      calls.push(call);
      recorded.emit('call', call);
      const answer = answers[method as keyof OutboundCalls] as
        ((params: unknown) => unknown) | undefined;
      if (!answer) throw rpcError('NotImplemented');
      return answer(params);
    }) as unknown as Parameters<RPCClient['handle']>[0]);
  });

  const httpServer = await server.listen(options.port ?? 0, '127.0.0.1');
  const { port } = httpServer.address() as AddressInfo;

  return {
    url: `ws://127.0.0.1:${port}/ocpp`,
    port,
    calls,
    disconnects,
    rawFrames,
    set bootStatus(status: RegistrationStatus) {
      state.bootStatus = status;
    },
    callsOf(method: string, identity?: string): RecordedCall[] {
      return calls.filter(
        (call) => call.method === method && (identity === undefined || call.identity === identity),
      );
    },
    /** Resolves with the first recorded call (past or future) that matches. */
    waitForCall(
      method: string,
      matches: (params: Record<string, unknown>) => boolean = () => true,
      timeoutMs = 3_000,
    ): Promise<RecordedCall> {
      const isMatch = (call: RecordedCall) => call.method === method && matches(call.params);
      const existing = calls.find(isMatch);
      if (existing) return Promise.resolve(existing);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          recorded.off('call', onCall);
          reject(new Error(`no matching ${method} within ${timeoutMs} ms`));
        }, timeoutMs);
        const onCall = (call: RecordedCall) => {
          if (!isMatch(call)) return;
          clearTimeout(timer);
          recorded.off('call', onCall);
          resolve(call);
        };
        recorded.on('call', onCall);
      });
    },
    /** Sends a CSMS-initiated call to a connected charger and returns its answer. */
    command(
      identity: string,
      method: string,
      params: Record<string, unknown>,
      timeoutMs = 2_000,
    ): Promise<unknown> {
      const client = clients.get(identity);
      if (!client) throw new Error(`${identity} is not connected`);
      return client.call(method, params, { callTimeoutMs: timeoutMs });
    },
    /** Writes a frame to a connected charger as is, e.g. a call outside the 1.6 schemas. */
    sendRaw(identity: string, frame: string): void {
      const client = clients.get(identity);
      if (!client) throw new Error(`${identity} is not connected`);
      client.sendRaw(frame);
    },
    async close(): Promise<void> {
      await server.close({ force: true });
    },
  };
}

export type TestCsms = Awaited<ReturnType<typeof startTestCsms>>;
