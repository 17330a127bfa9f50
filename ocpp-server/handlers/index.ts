import type RpcServerClient from 'ocpp-rpc/lib/server-client';
import type { LiveEvent } from '@/lib/events/live-event';
import { notImplemented, toCallError } from '../call-errors';
import type { OcppLogger } from '../logger';
import type { StationQueue } from '../station-queue';
import { handleAuthorize } from './authorize';
import { handleBootNotification } from './boot-notification';
import { handleDataTransfer } from './data-transfer';
import { handleDiagnosticsStatusNotification } from './diagnostics-status-notification';
import { handleFirmwareStatusNotification } from './firmware-status-notification';
import { handleHeartbeat } from './heartbeat';
import { handleMeterValues } from './meter-values';
import { handleStartTransaction } from './start-transaction';
import { handleStatusNotification } from './status-notification';
import { handleStopTransaction } from './stop-transaction';
import type { ActionHandler, HandlerScope } from './types';

export type RegisteredHandler = ActionHandler<unknown, object>;

export function action<Request, Response extends object>(
  handler: ActionHandler<Request, Response>,
): RegisteredHandler {
  // strictMode has validated params against the action's OCPP 1.6 schema before this runs.
  return (scope, params) => handler(scope, params as Request);
}

/** Charge point → CSMS actions this server answers; anything else gets NotImplemented. */
export const actionHandlers: Record<string, RegisteredHandler> = {
  BootNotification: action(handleBootNotification),
  Heartbeat: action(handleHeartbeat),
  StatusNotification: action(handleStatusNotification),
  Authorize: action(handleAuthorize),
  StartTransaction: action(handleStartTransaction),
  MeterValues: action(handleMeterValues),
  StopTransaction: action(handleStopTransaction),
  DataTransfer: action(handleDataTransfer),
  DiagnosticsStatusNotification: action(handleDiagnosticsStatusNotification),
  FirmwareStatusNotification: action(handleFirmwareStatusNotification),
};

/**
 * Wires a connection's calls to the handlers: one at a time per station, persisted before the
 * answer is sent, events published only after the answer. `handlers` swaps the whole map (the
 * no-persistence benchmark mode, see no-persistence.ts).
 */
export function registerHandlers(
  client: RpcServerClient,
  deps: {
    scope: HandlerScope;
    queue: StationQueue;
    publish: (event: LiveEvent) => void;
    logger: OcppLogger;
    handlers?: Record<string, RegisteredHandler>;
  },
): void {
  const { scope } = deps;
  for (const [name, handler] of Object.entries(deps.handlers ?? actionHandlers)) {
    client.handle(name, async ({ params, reply }) => {
      const outcome = await deps.queue
        .run(scope.stationId, () => handler(scope, params))
        .catch((error: unknown) => {
          throw toCallError(error, { identity: scope.identity, action: name }, deps.logger);
        });
      (reply as (value: unknown) => void)(outcome.response);
      for (const event of outcome.events ?? []) deps.publish(event);
      return outcome.response;
    });
  }
  client.handle(async ({ method }) => {
    throw notImplemented(method);
  });
}
