import type { ChargePointConnection } from './connection';
import { sendRawFrame } from './rpc';

/**
 * Deliberate misbehaviour for testing a CSMS. Dropping the link lives in the connection, as it
 * needs the socket's lifecycle; the `answer` option covers answers to CSMS calls.
 */

/** Sends the last `count` calls again with the same payloads (new message ids), in order. */
export async function replayCalls(
  connection: ChargePointConnection,
  count: number,
): Promise<PromiseSettledResult<unknown>[]> {
  const calls = count > 0 ? connection.recentCalls.slice(-count) : [];
  const results: PromiseSettledResult<unknown>[] = [];
  for (const { method, params } of calls) {
    try {
      const value: unknown = await connection.rpcClient.call(method, params);
      results.push({ status: 'fulfilled', value });
    } catch (reason) {
      results.push({ status: 'rejected', reason });
    }
  }
  return results;
}

/** Writes `frame` to the socket as is: no OCPP framing, no schema validation. */
export function sendGarbage(connection: ChargePointConnection, frame: string): void {
  if (!connection.isOpen) throw new Error('cannot send a frame while the link is down');
  sendRawFrame(connection.rpcClient, frame);
}
