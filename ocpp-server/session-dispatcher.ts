import type postgres from 'postgres';
import type { Executor } from '@/db/client';
import { createEventHub } from '@/lib/events/event-hub';
import type { LiveEvent } from '@/lib/events/live-event';
import { advanceQueue } from '@/lib/sessions/advance-queue';
import { expireRequests } from '@/lib/sessions/expire-requests';
import { listQueuedConnectors } from '@/lib/sessions/list-queued-connectors';
import { createKeyedRuns, startPeriodicSweep } from './keyed-runs';
import type { OcppLogger } from './logger';

export interface SessionDispatcherOptions {
  db: Executor;
  sql: postgres.Sql;
  nodeId: string;
  intervalMs: number;
  approvalTimeoutS?: number | undefined;
  queueTimeoutS?: number | undefined;
  commandTimeoutMs?: number | undefined;
  publish: (event: LiveEvent) => void;
  logger: OcppLogger;
}

export interface SessionDispatcher {
  /** Reacts to this node's own events: a connector that changed state may let a queue move. */
  onEvent: (event: LiveEvent) => void;
  stop: () => Promise<void>;
}

/**
 * Moves drivers' queues on the node that holds the station's socket: when a connector reports
 * a new state or a session ends, the next queued request is started (advance-queue.ts). A sweep
 * every `intervalMs` expires requests nobody took up and retries queues whose trigger was
 * missed (a restart, a station coming back). One run per connector at a time.
 */
export async function startSessionDispatcher(
  options: SessionDispatcherOptions,
): Promise<SessionDispatcher> {
  const { db, logger } = options;
  // sendCommand awaits each command's result through the event channel.
  const events = await createEventHub(options.sql);
  const deps = { db, events };
  const runs = createKeyedRuns(
    ({ stationId, connectorId }: { stationId: string; connectorId: number }) =>
      `${stationId}:${connectorId}`,
    ({ stationId, connectorId }) =>
      advanceQueue(deps, {
        stationId,
        connectorId,
        approvalTimeoutS: options.approvalTimeoutS,
        commandTimeoutMs: options.commandTimeoutMs,
      }),
    (error) => logger.error('advancing a queue failed', error),
  );
  const advance = (stationId: string, connectorId: number) =>
    runs.trigger({ stationId, connectorId });

  async function sweep() {
    const expired = await expireRequests(db, { queueTimeoutS: options.queueTimeoutS });
    for (const { sessionId, stationId, connectorId, userId } of expired) {
      options.publish({
        type: 'session.updated',
        stationId,
        connectorId,
        sessionId,
        ...(userId ? { userId } : {}),
      });
    }
    for (const { stationId, connectorId } of await listQueuedConnectors(db, options.nodeId)) {
      advance(stationId, connectorId);
    }
  }

  const sweeper = startPeriodicSweep(options.intervalMs, sweep, (error) =>
    logger.error('session request sweep failed', error),
  );

  return {
    onEvent(event) {
      if (event.connectorId === undefined) return;
      if (event.type === 'connector.status' || event.type === 'session.stopped') {
        advance(event.stationId, event.connectorId);
      }
    },
    async stop() {
      await sweeper.stop();
      await runs.drain();
      await events.close();
    },
  };
}
