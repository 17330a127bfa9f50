import type RpcServerClient from 'ocpp-rpc/lib/server-client';
import type { Executor } from '@/db/client';
import type { LiveEvent } from '@/lib/events/live-event';
import { markStationOffline } from '@/lib/stations/mark-station-offline';
import { markStationOnline } from '@/lib/stations/mark-station-online';
import type { ConnectionSession } from './authenticate-upgrade';
import type { ConnectionRegistry } from './connection-registry';
import { registerHandlers } from './handlers';
import type { ConnectionState, HandlerContext } from './handlers/types';
import type { LastSeenTracker } from './last-seen-tracker';
import type { OcppLogger } from './logger';
import { attachMessageLog } from './message-log';
import type { OcppLogWriter } from './ocpp-log-writer';
import type { StationQueue } from './station-queue';

export interface ConnectionDeps {
  db: Executor;
  nodeId: string;
  context: HandlerContext;
  queue: StationQueue;
  registry: ConnectionRegistry;
  tracker: LastSeenTracker;
  log: OcppLogWriter;
  publish: (event: LiveEvent) => void;
  logger: OcppLogger;
}

/**
 * Everything that happens to an accepted socket: it replaces an older socket of the same
 * station on this node, the station is marked online (through the station's queue, so its
 * first calls are handled after that, knowing the operator's registration decision), sessions
 * it may have abandoned are checked, frames are logged and keep last_seen_at fresh, and on
 * close the station goes offline unless a newer socket has taken over.
 */
/**
 * ocpp-rpc closes a socket itself (too many bad messages) without handling the promise close()
 * returns, and that promise rejects when the socket errors while closing (an oversized frame
 * right after the garbage): an unhandled rejection ends a Node process. Every close of this
 * client is made safe to ignore; the socket's 'close' event still does the bookkeeping.
 */
function guardClose(client: RpcServerClient): void {
  const close = client.close.bind(client);
  client.close = (options) => {
    const closing = close(options);
    closing.catch(() => {});
    return closing;
  };
}

export function handleConnection(client: RpcServerClient, deps: ConnectionDeps): void {
  const session = client.session as ConnectionSession;
  const { stationId, identity, connectionId } = session;
  const live = { stationId, connectionId };
  const connectionEvent: LiveEvent = { type: 'station.connection', stationId };
  // Until the row is read, as strict as a station nobody has decided on.
  const connection: ConnectionState = { registrationStatus: 'Pending' };

  guardClose(client);
  const replaced = deps.registry.add(identity, client);
  void replaced?.close({ code: 1000, reason: 'Replaced by a newer connection' });

  attachMessageLog(client, session, deps.log);
  client.on('message', () => deps.tracker.seen(live));
  client.on('ping', () => deps.tracker.seen(live));
  registerHandlers(client, {
    scope: { ctx: deps.context, stationId, identity, connection },
    queue: deps.queue,
    publish: deps.publish,
    logger: deps.logger,
  });

  deps.tracker.start(live);
  deps.queue
    .run(stationId, () =>
      markStationOnline(deps.db, { stationId, connectionId, nodeId: deps.nodeId }),
    )
    .then((registrationStatus) => {
      if (registrationStatus) connection.registrationStatus = registrationStatus;
      deps.publish(connectionEvent);
      deps.context.zombies?.check({ stationId, identity });
    })
    .catch((error: unknown) => deps.logger.error(`marking ${identity} online failed`, error));

  client.once('close', () => {
    deps.registry.remove(identity, client);
    deps.tracker.forget(live);
    deps.queue
      .run(stationId, () => markStationOffline(deps.db, live))
      .then((wentOffline) => {
        if (wentOffline) deps.publish(connectionEvent);
      })
      .catch((error: unknown) => deps.logger.error(`marking ${identity} offline failed`, error));
  });
}
