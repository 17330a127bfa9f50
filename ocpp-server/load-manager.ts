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
  const running = new Map<string, Promise<void>>();
  const again = new Set<string>();
  const checks = new Set<Promise<void>>();
  let stopped = false;
  /**
   * Meter updates come about once a second per session: only those of stations at limited sites
   * are looked at. Refreshed by the sweep, which also catches a limit set meanwhile.
   */
  let limitedStations: Set<string> | undefined;

  function rebalance(siteId: string, reason: string) {
    if (stopped) return;
    if (running.has(siteId)) {
      again.add(siteId);
      return;
    }
    const run = rebalanceSite(deps, {
      siteId,
      reason,
      ...(options.commandTimeoutMs ? { timeoutMs: options.commandTimeoutMs } : {}),
    })
      .then(() => undefined)
      .catch((error: unknown) => logger.error('rebalancing a site failed', error))
      .finally(() => {
        running.delete(siteId);
        if (again.delete(siteId)) rebalance(siteId, 'triggered during the previous run');
      });
    running.set(siteId, run);
  }

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
    limitedStations = new Set(await listLimitedStations(db, options.nodeId));
    for (const siteId of await listManagedSites(db, options.nodeId)) rebalance(siteId, 'sweep');
  }

  let sweeping: Promise<void> | undefined;
  const timer = setInterval(() => {
    sweeping ??= sweep()
      .catch((error: unknown) => logger.error('load management sweep failed', error))
      .finally(() => {
        sweeping = undefined;
      });
  }, options.intervalMs);
  timer.unref();

  return {
    onEvent(event) {
      if (stopped || !SESSION_EVENTS.includes(event.type)) return;
      const quiet = event.type === 'session.updated' && limitedStations;
      if (quiet && !limitedStations?.has(event.stationId)) return;
      check(event);
    },
    async stop() {
      stopped = true;
      clearInterval(timer);
      await sweeping;
      while (checks.size > 0) await Promise.all(checks);
      while (running.size > 0) await Promise.all(running.values());
      await events.close();
    },
  };
}
