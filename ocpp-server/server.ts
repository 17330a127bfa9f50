import type { AddressInfo } from 'node:net';
import { hostname } from 'node:os';
import { RPCServer } from 'ocpp-rpc';
import type RpcServerClient from 'ocpp-rpc/lib/server-client';
import { createDb } from '@/db/client';
import type { LiveEvent } from '@/lib/events/live-event';
import { createCoalescingPublisher, publishEvent } from '@/lib/events/publish';
import { markNodeStationsOffline } from '@/lib/stations/mark-node-stations-offline';
import { markStationOnline } from '@/lib/stations/mark-station-online';
import { touchStationsLastSeen } from '@/lib/stations/touch-stations-last-seen';
import {
  createUpgradeAuthenticator,
  OCPP_PROTOCOL,
  type ConnectionSession,
} from './authenticate-upgrade';
import { handleConnection } from './connection-lifecycle';
import { createConnectionRegistry } from './connection-registry';
import { createLastSeenTracker } from './last-seen-tracker';
import { consoleLogger, type OcppLogger } from './logger';
import { createMeterValuesWriter } from './meter-values-writer';
import { createOcppLogWriter } from './ocpp-log-writer';
import { startStaleSweeper } from './stale-sweeper';
import { createStationQueue } from './station-queue';
import { ocpp16Validator } from './strict-validator';

export interface OcppServerOptions {
  /** The server creates and owns its own pool on this database. */
  databaseUrl: string;
  host?: string;
  /** 0 picks a free port (tests). */
  port?: number;
  nodeId?: string;
  heartbeatIntervalS?: number;
  pingIntervalMs?: number;
  staleAfterS?: number;
  sweepIntervalMs?: number;
  callTimeoutMs?: number;
  maxBadMessages?: number;
  maxPayloadBytes?: number;
  /** At most one last_seen_at write per station per this many ms. */
  lastSeenThrottleMs?: number;
  logger?: OcppLogger;
}

export interface OcppServer {
  port: number;
  nodeId: string;
  close: () => Promise<void>;
}

/** How long shutdown waits for chargers to acknowledge the close before dropping them. */
const CLOSE_GRACE_MS = 3000;

/**
 * The OCPP 1.6J endpoint ws://host:port/ocpp/{identity}. Starts by releasing stations a
 * previous run of this node left online; close() stops accepting, closes sockets, marks this
 * node's stations offline, flushes the batched writers and ends the pool.
 */
export async function createOcppServer(options: OcppServerOptions): Promise<OcppServer> {
  const nodeId = options.nodeId ?? `${hostname()}-${process.pid}`;
  const logger = options.logger ?? consoleLogger;
  const { db, close: closeDb } = createDb(options.databaseUrl);

  const inFlightEvents = new Set<Promise<void>>();
  function publishNow(event: LiveEvent): Promise<void> {
    const sent = publishEvent(db, event)
      .catch((error: unknown) => logger.error(`publishing ${event.type} failed`, error))
      .finally(() => inFlightEvents.delete(sent));
    inFlightEvents.add(sent);
    return sent;
  }
  const publish = (event: LiveEvent) => void publishNow(event);
  const publishConnections = (ids: string[]) =>
    ids.forEach((stationId) => publish({ type: 'station.connection', stationId }));

  const sessionUpdates = createCoalescingPublisher(publishNow, 1000);
  const logUpdates = createCoalescingPublisher(publishNow, 1000);
  const queue = createStationQueue();
  const registry = createConnectionRegistry();
  const meterValues = createMeterValuesWriter({
    db,
    onSessionsUpdated: (sessions) =>
      sessions.forEach(({ sessionId, stationId, connectorId, userId }) =>
        sessionUpdates.publish(sessionId, {
          type: 'session.updated',
          stationId,
          connectorId,
          sessionId,
          ...(userId ? { userId } : {}),
        }),
      ),
  });
  const log = createOcppLogWriter({
    db,
    logger,
    onFlushed: (stationIds) =>
      stationIds.forEach((stationId) =>
        logUpdates.publish(stationId, { type: 'station.log', stationId }),
      ),
  });
  const tracker = createLastSeenTracker({
    throttleMs: options.lastSeenThrottleMs ?? 15_000,
    touch: (connections) => touchStationsLastSeen(db, connections),
    // The row was released (the sweeper during a stall) while this node still holds the socket.
    onLost: ({ stationId, connectionId }) => {
      const held = registry
        .all()
        .some((client) => (client.session as ConnectionSession).connectionId === connectionId);
      if (!held) return;
      void queue
        .run(stationId, () => markStationOnline(db, { stationId, connectionId, nodeId }))
        .then(() => publish({ type: 'station.connection', stationId }))
        .catch((error: unknown) => logger.error('reclaiming a station failed', error));
    },
    onError: (error) => logger.error('touching last_seen_at failed', error),
  });

  let rpcServer: RPCServer | undefined;
  try {
    publishConnections(await markNodeStationsOffline(db, nodeId));
    rpcServer = new RPCServer({
      protocols: [OCPP_PROTOCOL],
      strictMode: true,
      strictModeValidators: [ocpp16Validator],
      respondWithDetailedErrors: false,
      callTimeoutMs: options.callTimeoutMs ?? 15_000,
      pingIntervalMs: options.pingIntervalMs ?? 20_000,
      maxBadMessages: options.maxBadMessages ?? 10,
      wssOptions: { maxPayload: options.maxPayloadBytes ?? 65_536 },
    });
    const authenticate = createUpgradeAuthenticator(db, logger);
    rpcServer.auth((accept, reject, handshake) => void authenticate(accept, reject, handshake));
    rpcServer.on('client', (client: RpcServerClient) =>
      handleConnection(client, {
        db,
        nodeId,
        context: { db, heartbeatIntervalS: options.heartbeatIntervalS ?? 60, meterValues },
        queue,
        registry,
        tracker,
        log,
        publish,
        logger,
      }),
    );
    rpcServer.on('error', (error: unknown) => logger.error('websocket server error', error));
    const httpServer = await rpcServer.listen(options.port ?? 9000, options.host ?? '0.0.0.0');
    const { port } = httpServer.address() as AddressInfo;
    const sweeper = startStaleSweeper({
      db,
      staleAfterS: options.staleAfterS ?? 90,
      intervalMs: options.sweepIntervalMs ?? 10_000,
      onOffline: publishConnections,
      onError: (error) => logger.error('stale sweep failed', error),
    });

    const server = rpcServer;
    let closing: Promise<void> | undefined;
    async function shutdown() {
      await sweeper.stop();
      const closes = registry
        .all()
        .map((client) => client.close({ code: 1001, reason: 'Server shutting down' }));
      await server.close({ code: 1001 });
      await Promise.race([Promise.allSettled(closes), delay(CLOSE_GRACE_MS)]);
      await queue.drain();
      tracker.stop();
      publishConnections(await markNodeStationsOffline(db, nodeId));
      await meterValues.close();
      sessionUpdates.flushAll();
      await log.close();
      logUpdates.flushAll();
      while (inFlightEvents.size > 0) await Promise.all(inFlightEvents);
      await closeDb();
    }
    return {
      port,
      nodeId,
      close: () => (closing ??= shutdown()),
    };
  } catch (error) {
    await rpcServer?.close({ force: true }).catch(() => {});
    await closeDb();
    throw error;
  }
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms).unref());
}
