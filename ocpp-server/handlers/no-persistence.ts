import type RpcServerClient from 'ocpp-rpc/lib/server-client';
import type { ConnectionSession } from '../authenticate-upgrade';
import type { ConnectionRegistry } from '../connection-registry';
import type { OcppLogger } from '../logger';
import type {
  AuthorizeRequest,
  AuthorizeResponse,
  BootNotificationRequest,
  BootNotificationResponse,
  DataTransferRequest,
  DataTransferResponse,
  HeartbeatRequest,
  HeartbeatResponse,
  MeterValuesRequest,
  MeterValuesResponse,
  StartTransactionRequest,
  StartTransactionResponse,
  StopTransactionRequest,
  StopTransactionResponse,
} from '../ocpp16-types';
import type { StationQueue } from '../station-queue';
import { action, registerHandlers, type RegisteredHandler } from './index';
import type { ActionHandler, HandlerContext } from './types';

/**
 * The benchmark's ceiling (OCPP_PERSISTENCE=off): the same sockets, authentication, strict
 * validation both ways and per-station queue, but every call is answered with a canned,
 * schema-valid response and nothing is written. Comparing it with the normal server isolates
 * what persistence costs. Never for production: chargers would think their data was stored.
 */
export function createNoPersistenceHandlers(): Record<string, RegisteredHandler> {
  let lastTransactionId = 0;
  const empty = async () => ({ response: {} });
  const now = () => new Date().toISOString();

  const boot: ActionHandler<BootNotificationRequest, BootNotificationResponse> = async (scope) => ({
    response: { status: 'Accepted', currentTime: now(), interval: scope.ctx.heartbeatIntervalS },
  });
  const heartbeat: ActionHandler<HeartbeatRequest, HeartbeatResponse> = async () => ({
    response: { currentTime: now() },
  });
  const authorize: ActionHandler<AuthorizeRequest, AuthorizeResponse> = async () => ({
    response: { idTagInfo: { status: 'Accepted' } },
  });
  const start: ActionHandler<StartTransactionRequest, StartTransactionResponse> = async () => ({
    response: { transactionId: (lastTransactionId += 1), idTagInfo: { status: 'Accepted' } },
  });
  const meterValues: ActionHandler<MeterValuesRequest, MeterValuesResponse> = empty;
  const stop: ActionHandler<StopTransactionRequest, StopTransactionResponse> = empty;
  const dataTransfer: ActionHandler<DataTransferRequest, DataTransferResponse> = async () => ({
    response: { status: 'UnknownVendorId' },
  });

  return {
    BootNotification: action(boot),
    Heartbeat: action(heartbeat),
    StatusNotification: action(empty),
    Authorize: action(authorize),
    StartTransaction: action(start),
    MeterValues: action(meterValues),
    StopTransaction: action(stop),
    DataTransfer: action(dataTransfer),
    DiagnosticsStatusNotification: action(empty),
    FirmwareStatusNotification: action(empty),
  };
}

/**
 * An accepted socket in no-persistence mode: kept in the registry (so shutdown closes it) and
 * served by `handlers`, but not marked online, not logged and not touched in last_seen_at.
 */
export function handleConnectionWithoutPersistence(
  client: RpcServerClient,
  deps: {
    context: HandlerContext;
    handlers: Record<string, RegisteredHandler>;
    queue: StationQueue;
    registry: ConnectionRegistry;
    logger: OcppLogger;
  },
): void {
  const { stationId, identity } = client.session as ConnectionSession;
  const replaced = deps.registry.add(identity, client);
  void replaced?.close({ code: 1000, reason: 'Replaced by a newer connection' });
  registerHandlers(client, {
    scope: {
      ctx: deps.context,
      stationId,
      identity,
      connection: { registrationStatus: 'Accepted' },
    },
    queue: deps.queue,
    publish: () => {},
    logger: deps.logger,
    handlers: deps.handlers,
  });
  client.once('close', () => deps.registry.remove(identity, client));
}
