import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';
import { RPCClient } from 'ocpp-rpc';
import type RpcServerClient from 'ocpp-rpc/lib/server-client';
import type { ClaimedCommand } from '@/lib/commands/claim-command';

/** Not reachable through an ESM named import in plain Node: ocpp-rpc is CommonJS. */
const { TimeoutError } = createRequire(import.meta.url)('ocpp-rpc') as {
  TimeoutError: new () => Error;
};

export type CallResult =
  | { kind: 'answer'; response: unknown; latencyMs: number }
  | { kind: 'error'; code: string; message: string; latencyMs: number }
  | { kind: 'timeout' }
  | { kind: 'offline' };

/**
 * Sends one command on the charger's socket. Never rejects: every way a call can end becomes a
 * CallResult. The call waits `lateAnswerGraceMs` past the caller's deadline, so an answer that
 * comes just too late is still recorded.
 */
export async function callCharger(
  client: RpcServerClient,
  command: ClaimedCommand,
  lateAnswerGraceMs: number,
): Promise<CallResult> {
  const started = performance.now();
  const latencyMs = () => Math.round(performance.now() - started);
  try {
    const response = await client.call(command.action, command.request, {
      callTimeoutMs: command.remainingMs + lateAnswerGraceMs,
    });
    return { kind: 'answer', response, latencyMs: latencyMs() };
  } catch (error) {
    if (error instanceof TimeoutError) return { kind: 'timeout' };
    const code: unknown = error instanceof Error ? Reflect.get(error, 'rpcErrorCode') : undefined;
    if (typeof code === 'string') {
      return { kind: 'error', code, message: (error as Error).message, latencyMs: latencyMs() };
    }
    // The socket closed before or during the call ("Client disconnected", "not open").
    if (
      client.state !== RPCClient.OPEN ||
      (error instanceof Error && error.name === 'AbortError')
    ) {
      return { kind: 'offline' };
    }
    const message = error instanceof Error ? error.message : String(error);
    return { kind: 'error', code: 'InternalError', message, latencyMs: latencyMs() };
  }
}

/** Resolves with `value` after `ms`, unless cancelled first. */
export function deadline<T>(ms: number, value: T) {
  let timer: NodeJS.Timeout | undefined;
  const reached = new Promise<T>((resolve) => {
    timer = setTimeout(() => resolve(value), Math.max(0, ms));
  });
  return { reached, cancel: () => clearTimeout(timer) };
}
