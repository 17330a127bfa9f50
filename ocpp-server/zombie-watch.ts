import { setTimeout as sleep } from 'node:timers/promises';
import type { Executor } from '@/db/client';
import { closeZombieSessions, type ClosedZombie } from '@/lib/sessions/close-zombie-sessions';
import {
  findAbandonedSessions,
  findSessionsOnIdleConnectors,
  listChargingSessions,
} from '@/lib/sessions/find-zombie-sessions';
import type { ConnectionRegistry } from './connection-registry';
import type { OcppLogger } from './logger';

export interface ZombieWatchOptions {
  db: Executor;
  registry: ConnectionRegistry;
  /** How long after asking the charger a session may still get its StopTransaction. */
  graceMs: number;
  /** Sessions of a station offline longer than this are closed without asking. */
  abandonedAfterS: number;
  sweepIntervalMs: number;
  onClosed: (closed: ClosedZombie[]) => void;
  logger: OcppLogger;
}

/**
 * The zombie-transaction policy. When a station connects or boots while sessions of it are
 * still CHARGING, the charger is asked (TriggerMessage StatusNotification per connector; the
 * CALL and its answer land in the message log like any other); sessions whose connector then
 * reports a state without a transaction and that get no StopTransaction within the grace
 * period are closed. Independently, every sweep closes the sessions of stations that have been
 * offline too long to ask. Both paths close through closeZombieSessions (FAILED, ZombieClosed,
 * flagged), which touches only sessions still CHARGING, so they never close one twice.
 */
export function createZombieWatch(options: ZombieWatchOptions) {
  const { db, logger } = options;
  const checking = new Set<string>();
  const recheck = new Set<string>();
  const inFlight = new Set<Promise<void>>();
  const abort = new AbortController();

  function track(work: Promise<void>) {
    const tracked = work
      .catch((error: unknown) => {
        if (!abort.signal.aborted) logger.error('zombie transaction check failed', error);
      })
      .finally(() => inFlight.delete(tracked));
    inFlight.add(tracked);
  }

  async function ask(stationId: string, identity: string) {
    const charging = await listChargingSessions(db, stationId);
    if (charging.length === 0) return;
    const client = options.registry.get(identity);
    const connectorIds = [...new Set(charging.map((session) => session.connectorId))];
    // A charger that does not answer still reports its connectors after a boot on its own.
    if (client) {
      await Promise.allSettled(
        connectorIds.map((connectorId) =>
          client.call('TriggerMessage', { requestedMessage: 'StatusNotification', connectorId }),
        ),
      );
    }
    await sleep(options.graceMs, undefined, { signal: abort.signal });
    const idle = await findSessionsOnIdleConnectors(
      db,
      charging.map((session) => session.sessionId),
    );
    const closed = await closeZombieSessions(
      db,
      idle,
      'after the charger came back its connector reported no transaction',
    );
    if (closed.length > 0) options.onClosed(closed);
  }

  let sweeping: Promise<void> | undefined;
  async function sweep() {
    const ids = await findAbandonedSessions(db, options.abandonedAfterS);
    const closed = await closeZombieSessions(
      db,
      ids,
      `the charger has been offline for more than ${options.abandonedAfterS} s`,
    );
    if (closed.length > 0) options.onClosed(closed);
  }
  const timer = setInterval(() => {
    sweeping ??= sweep()
      .catch((error: unknown) => logger.error('zombie transaction sweep failed', error))
      .finally(() => {
        sweeping = undefined;
      });
  }, options.sweepIntervalMs);
  timer.unref();

  /**
   * Starts a check of the station. If one is already under way (it may have asked a socket
   * that has since been replaced), one more check follows it, so the newest connection is
   * always asked.
   */
  function check(station: { stationId: string; identity: string }) {
    if (abort.signal.aborted) return;
    if (checking.has(station.stationId)) {
      recheck.add(station.stationId);
      return;
    }
    checking.add(station.stationId);
    track(
      ask(station.stationId, station.identity).finally(() => {
        checking.delete(station.stationId);
        if (recheck.delete(station.stationId)) check(station);
      }),
    );
  }

  return {
    check,
    async stop() {
      clearInterval(timer);
      abort.abort();
      await sweeping;
      while (inFlight.size > 0) await Promise.all(inFlight);
    },
  };
}

export type ZombieWatch = ReturnType<typeof createZombieWatch>;
