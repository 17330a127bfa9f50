import { createRequire } from 'node:module';
import { createRPCError, RPCClient } from 'ocpp-rpc';

/**
 * The one place that deals with ocpp-rpc's loose typings (every constructor option required,
 * handlers typed as returning objects) and its CommonJS exports.
 */

/** Not reachable through an ESM named import: ocpp-rpc spreads it into module.exports. */
export const NOREPLY = (createRequire(import.meta.url)('ocpp-rpc') as { NOREPLY: symbol }).NOREPLY;

type ClientOptions = ConstructorParameters<typeof RPCClient>[0];
type RawHandler = NonNullable<Parameters<RPCClient['handle']>[1]>;

export interface ChargePointClientOptions {
  url: string;
  identity: string;
  password?: string;
  reconnect: boolean;
  callTimeoutMs: number;
  pingIntervalMs: number;
}

export function createChargePointClient(options: ChargePointClientOptions): RPCClient {
  const clientOptions: Partial<ClientOptions> = {
    endpoint: options.url.replace(/\/+$/, ''),
    identity: options.identity,
    password: options.password ?? null,
    protocols: ['ocpp1.6'],
    strictMode: true,
    reconnect: options.reconnect,
    callTimeoutMs: options.callTimeoutMs,
    pingIntervalMs: options.pingIntervalMs,
    backoff: { initialDelay: 1_000, maxDelay: 30_000, factor: 2, randomisationFactor: 0.25 },
  };
  return new RPCClient(clientOptions as ClientOptions);
}

export type CallHandler = (call: { method: string; params: unknown }) => Promise<unknown>;

/** Registers a handler for `method`, or the wildcard handler when `method` is undefined. */
export function handleCalls(client: RPCClient, method: string | undefined, handler: CallHandler) {
  const raw = (({ method: called, params }: { method?: string; params?: unknown }) =>
    handler({ method: called ?? method ?? '', params })) as unknown as RawHandler;
  if (method === undefined) client.handle(raw);
  else client.handle(method, raw);
}

/** Closes the socket without a close frame (ocpp-rpc's force close terminates it). */
export async function terminateSocket(client: RPCClient): Promise<void> {
  await client.close({ force: true });
}

/** Writes a frame as is, past strictMode validation. */
export function sendRawFrame(client: RPCClient, frame: string): void {
  client.sendRaw(frame);
}

export function setPingInterval(client: RPCClient, pingIntervalMs: number): void {
  client.reconfigure({ pingIntervalMs } as ClientOptions);
}

/** An OCPP CALLERROR to throw from a handler (ocpp-rpc types it as a plain record). */
export function rpcError(code: string, message?: string): Error {
  return createRPCError(code, message) as Error;
}
