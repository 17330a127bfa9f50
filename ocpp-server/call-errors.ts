import { createRPCError } from 'ocpp-rpc';
import type { OcppLogger } from './logger';

function isRpcError(error: unknown): error is Error {
  return error instanceof Error && typeof Reflect.get(error, 'rpcErrorCode') === 'string';
}

/**
 * The one place thrown errors become CALLERRORs. Deliberate RPC errors pass through; anything
 * else is a bug or an outage on our side: logged here, and the charger gets a bare
 * InternalError (ocpp-rpc would otherwise send the error's message) so it retries later.
 * Business problems never get here: the domain functions answer them normally.
 */
export function toCallError(
  error: unknown,
  call: { identity: string; action: string },
  logger: OcppLogger,
): Error {
  if (isRpcError(error)) return error;
  logger.error(`${call.action} from ${call.identity} failed`, error);
  return createRPCError('InternalError', 'Internal error') as Error;
}

export function notImplemented(action: string | undefined): Error {
  return createRPCError('NotImplemented', `${action ?? 'This action'} is not implemented`) as Error;
}
