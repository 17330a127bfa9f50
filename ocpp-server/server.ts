import type { AddressInfo } from 'node:net';
import { hostname } from 'node:os';
import { RPCServer } from 'ocpp-rpc';
import type RpcServerClient from 'ocpp-rpc/lib/server-client';
import { createDb } from '@/db/client';
import type { LiveEvent } from '@/lib/events/live-event';
import { createCoalescingPublisher, publishEvents } from '@/lib/events/publish';
import { markNodeStationsOffline } from '@/lib/stations/mark-node-stations-offline';
import { markStationOnline } from '@/lib/stations/mark-station-online';
import { touchStationsLastSeen } from '@/lib/stations/touch-stations-last-seen';
import {
  createUpgradeAuthenticator,
  OCPP_PROTOCOL,
  type ConnectionSession,
} from './authenticate-upgrade';
import { startCommandExecutor } from './command-executor';
import { createBatchWriter } from './batch-writer';
import { handleConnection } from './connection-lifecycle';
import { createConnectionRegistry } from './connection-registry';
import {
  createNoPersistenceHandlers,
  handleConnectionWithoutPersistence,
} from './handlers/no-persistence';
import { createLastSeenTracker } from './last-seen-tracker';
import { startLoadManager, type LoadManager } from './load-manager';
import { consoleLogger, type OcppLogger } from './logger';
import { createMeterValuesWriter } from './meter-values-writer';
import { createOcppLogWriter } from './ocpp-log-writer';
import { startSessionDispatcher, type SessionDispatcher } from './session-dispatcher';
import { startStaleSweeper } from './stale-sweeper';
import { createStationQueue } from './station-queue';
import { ocpp16Validator } from './strict-validator';
import { createZombieWatch, type ZombieWatch } from './zombie-watch';

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
  /** How often missed or overdue commands are looked for; defaults to sweepIntervalMs. */
  commandSweepIntervalMs?: number;
  callTimeoutMs?: number;
  maxBadMessages?: number;
  maxPayloadBytes?: number;
  /** At most one last_seen_at write per station per this many ms. */
  lastSeenThrottleMs?: number;
  /** Charger timestamps further ahead of arrival are flagged as anomalies. */
  maxClockSkewS?: number;
  /** Sessions of a station offline this long are closed as zombies. */
  zombieAfterS?: number;
  /** Wait after asking a returning charger before closing its abandoned sessions. */
  zombieGraceMs?: number;
  zombieSweepIntervalMs?: number;
  /** The car's time to start after a charger accepted a remote start; then the request fails. */
  approvalTimeoutS?: number;
  /** A driver's request waiting in a connector's queue longer than this is denied. */
  queueTimeoutS?: number;
  /** How often expired requests and stalled queues are looked for; defaults to sweepIntervalMs. */
  sessionSweepIntervalMs?: number;
  /** How often limited sites are rebalanced without a trigger (site load management). */
  loadManagementIntervalMs?: number;
  /** How long load management waits for a charger's answer to a grant. */
  loadCommandTimeoutMs?: number;
  /** false: answer with canned responses and write nothing (benchmark ceiling only). */
  persistence?: boolean;
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
  const { db, sql, close: closeDb } = createDb(options.databaseUrl);

  const inFlightEvents = new Set<Promise<void>>();
  // Events of the same few milliseconds go out in one statement (see publishEvents).
  const eventBatches = createBatchWriter<LiveEvent>({
    maxSize: 500,
    maxDelayMs: 5,
    write: (events) => publishEvents(db, events),
  });
  function publishNow(event: LiveEvent): Promise<void> {
    const sent = eventBatches
      .add(event)
      .catch((error: unknown) => logger.error(`publishing ${event.type} failed`, error))
      .finally(() => inFlightEvents.delete(sent));
    inFlightEvents.add(sent);
    return sent;
  }
  let dispatcher: SessionDispatcher | undefined;
  let loadManager: LoadManager | undefined;
  const publish = (event: LiveEvent) => {
    void publishNow(event);
    dispatcher?.onEvent(event);
    loadManager?.onEvent(event);
  };
  const publishConnections = (ids: string[]) =>
    ids.forEach((stationId) => publish({ type: 'station.connection', stationId }));

  // Load management sees meter-value updates at the same coalesced pace as the web does.
  const sessionUpdates = createCoalescingPublisher((event) => {
    loadManager?.onEvent(event);
    return publishNow(event);
  }, 1000);
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
  let zombies: ZombieWatch | undefined;
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
    zombies = createZombieWatch({
      db,
      registry,
      graceMs: options.zombieGraceMs ?? 60_000,
      abandonedAfterS: options.zombieAfterS ?? 3600,
      sweepIntervalMs: options.zombieSweepIntervalMs ?? 60_000,
      onClosed: (closed) =>
        closed.forEach(({ sessionId, stationId, connectorId, userId }) =>
          publish({
            type: 'session.stopped',
            stationId,
            connectorId,
            sessionId,
            ...(userId ? { userId } : {}),
          }),
        ),
      logger,
    });
    const context = {
      db,
      heartbeatIntervalS: options.heartbeatIntervalS ?? 60,
      meterValues,
      maxClockSkewS: options.maxClockSkewS ?? 300,
      zombies,
    };
    const cannedHandlers = options.persistence === false ? createNoPersistenceHandlers() : null;
    rpcServer.on('client', (client: RpcServerClient) =>
      cannedHandlers
        ? handleConnectionWithoutPersistence(client, {
            context,
            handlers: cannedHandlers,
            queue,
            registry,
            logger,
          })
        : handleConnection(client, {
            db,
            nodeId,
            context,
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
    const executor = await startCommandExecutor({
      db,
      sql,
      nodeId,
      registry,
      publish,
      logger,
      sweepIntervalMs: options.commandSweepIntervalMs ?? options.sweepIntervalMs ?? 10_000,
    });
    dispatcher = await startSessionDispatcher({
      db,
      sql,
      nodeId,
      intervalMs: options.sessionSweepIntervalMs ?? options.sweepIntervalMs ?? 10_000,
      approvalTimeoutS: options.approvalTimeoutS,
      queueTimeoutS: options.queueTimeoutS,
      publish,
      logger,
    });
    const sessionDispatcher = dispatcher;
    loadManager = await startLoadManager({
      db,
      sql,
      nodeId,
      intervalMs: options.loadManagementIntervalMs ?? 30_000,
      commandTimeoutMs: options.loadCommandTimeoutMs,
      logger,
    });
    const siteLoadManager = loadManager;
    const sweeper = startStaleSweeper({
      db,
      staleAfterS: options.staleAfterS ?? 45,
      intervalMs: options.sweepIntervalMs ?? 10_000,
      onOffline: publishConnections,
      onError: (error) => logger.error('stale sweep failed', error),
    });

    const server = rpcServer;
    const watch = zombies;
    let closing: Promise<void> | undefined;
    async function shutdown() {
      await sweeper.stop();
      // Before the sockets close, so a running rebalance's commands still get answers.
      await siteLoadManager.stop();
      const closes = registry
        .all()
        .map((client) => client.close({ code: 1001, reason: 'Server shutting down' }));
      await server.close({ code: 1001 });
      await Promise.race([Promise.allSettled(closes), delay(CLOSE_GRACE_MS)]);
      await sessionDispatcher.stop();
      await executor.close();
      await watch.stop();
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
    await dispatcher?.stop();
    await loadManager?.stop();
    await zombies?.stop();
    await rpcServer?.close({ force: true }).catch(() => {});
    await closeDb();
    throw error;
  }
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms).unref());
}
