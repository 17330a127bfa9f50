import type postgres from 'postgres';
import type { Database } from '@/db/client';
import { createEventHub } from '@/lib/events/event-hub';
import type { LiveEvent } from '@/lib/events/live-event';
import {
  listLimitedStations,
  listManagedSites,
  siteToRebalanceFor,
} from '@/lib/smart-charging/load-management/needs-rebalance';
import { rebalanceSite } from '@/lib/smart-charging/load-management/rebalance-site';
import { createKeyedRuns, startPeriodicSweep } from './keyed-runs';
import type { OcppLogger } from './logger';

export interface LoadManagerOptions {
  db: Database;
  sql: postgres.Sql;
  nodeId: string;
  /** The slow sweep that recovers missed triggers (a restart, a lost event). */
  intervalMs: number;
  commandTimeoutMs?: number | undefined;
  logger: OcppLogger;
}

export interface LoadManager {
  /** This node's own events: sessions of its stations starting, ending or changing draw. */
  onEvent: (event: LiveEvent) => void;
  stop: () => Promise<void>;
}

const SESSION_EVENTS: readonly LiveEvent['type'][] = [
  'session.started',
  'session.stopped',
  'session.updated',
];

/**
 * Keeps the limited sites of this node's stations shared fairly (rebalance-site.ts): a session
 * starting, ending or changing its draw materially triggers its site's rebalance. One run per
 * site at a time in this process; a trigger during a run makes one more run after it. Other
 * nodes holding stations of the same site are serialised by the rebalance's advisory lock.
 */
export async function startLoadManager(options: LoadManagerOptions): Promise<LoadManager> {
  const { db, logger } = options;
  // sendCommand awaits each command's result through the event channel.
  const events = await createEventHub(options.sql);
  const deps = { db, events };
  const checks = new Set<Promise<void>>();
  let stopped = false;
  /**
   * Meter updates come about once a second per session: only those of stations at limited sites
   * are looked at (whichever node holds them now: a station may connect here between sweeps).
   * Read at start and refreshed by the sweep, which also catches a limit set meanwhile.
   */
  let limitedStations = new Set(await listLimitedStations(db));

  const runs = createKeyedRuns(
    ({ siteId }: { siteId: string; reason: string }) => siteId,
    ({ siteId, reason }) =>
      rebalanceSite(deps, {
        siteId,
        reason,
        ...(options.commandTimeoutMs ? { timeoutMs: options.commandTimeoutMs } : {}),
      }),
    (error) => logger.error('rebalancing a site failed', error),
  );
  const rebalance = (siteId: string, reason: string) => runs.trigger({ siteId, reason });

  function check(event: LiveEvent) {
    const sessionId = event.sessionId;
    if (!sessionId) return;
    const checking = siteToRebalanceFor(db, sessionId)
      .then((siteId) => {
        if (siteId) rebalance(siteId, event.type);
      })
      .catch((error: unknown) =>
        logger.error('checking a session for load management failed', error),
      )
      .finally(() => checks.delete(checking));
    checks.add(checking);
  }

  async function sweep() {
    limitedStations = new Set(await listLimitedStations(db));
    for (const siteId of await listManagedSites(db, options.nodeId)) rebalance(siteId, 'sweep');
  }

  const sweeper = startPeriodicSweep(options.intervalMs, sweep, (error) =>
    logger.error('load management sweep failed', error),
  );

  return {
    onEvent(event) {
      if (stopped || !SESSION_EVENTS.includes(event.type)) return;
      if (event.type === 'session.updated' && !limitedStations.has(event.stationId)) return;
      check(event);
    },
    async stop() {
      stopped = true;
      await sweeper.stop();
      while (checks.size > 0) await Promise.all(checks);
      await runs.drain();
      await events.close();
    },
  };
}
