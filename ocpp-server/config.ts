import { hostname } from 'node:os';
import { z } from 'zod';
import { parseEnv, port, postgresUrl } from '@/lib/config/parse-env';
import type { OcppServerOptions } from './server';

const seconds = z.coerce.number().int().positive();

const ZOcppEnv = z.object({
  DATABASE_URL: postgresUrl,
  OCPP_HOST: z.string().min(1).default('0.0.0.0'),
  OCPP_PORT: port.default(9000),
  /** Names this process in stations.node_id; must be unique among running nodes. */
  OCPP_NODE_ID: z.string().min(1).default(`${hostname()}-${process.pid}`),
  /** Sent to chargers in BootNotification.conf. */
  OCPP_HEARTBEAT_INTERVAL_S: seconds.default(60),
  /*
   * "Offline within 60 s of losing its link", with the defaults:
   * - a dead link on a live node: ocpp-rpc pings every OCPP_PING_INTERVAL_S and drops the socket
   *   at the next tick if the pong is missing, so a link that dies just after a pong is dropped
   *   within 2 × 20 = 40 s, and the close marks the station offline at once.
   * - a node that died: its stations' last_seen_at stops moving (pongs refresh it every 20 s,
   *   written within about 1 s), and another node's sweeper marks them offline once it is
   *   OCPP_STALE_AFTER_S old, checking every OCPP_SWEEP_INTERVAL_S: at most 45 + 10 = 55 s.
   * Raising the ping interval above 22 s or stale + sweep above 60 s gives that guarantee up.
   */
  /** WebSocket ping interval; a ping left unanswered for one interval drops the socket. */
  OCPP_PING_INTERVAL_S: seconds.default(20),
  /** An 'online' station not heard from for this long is marked offline (about 2 pings). */
  OCPP_STALE_AFTER_S: seconds.default(45),
  /** How often the stale sweeper runs. */
  OCPP_SWEEP_INTERVAL_S: seconds.default(10),
  /** Charger timestamps more than this ahead of arrival are flagged (future_timestamp). */
  OCPP_MAX_CLOCK_SKEW_S: seconds.default(300),
  /** A station offline this long has its CHARGING sessions closed as zombies. */
  OCPP_ZOMBIE_AFTER_S: seconds.default(3600),
  /** After asking a returning charger, how long its StopTransaction may still take. */
  OCPP_ZOMBIE_GRACE_S: seconds.default(60),
  OCPP_CALL_TIMEOUT_MS: z.coerce.number().int().positive().default(15_000),
  /** Malformed frames in a row tolerated before the socket is closed. */
  OCPP_MAX_BAD_MESSAGES: z.coerce.number().int().min(0).default(10),
  OCPP_MAX_PAYLOAD_BYTES: z.coerce.number().int().positive().default(65_536),
  /** After a charger accepts a remote start, how long the car has to begin charging. */
  SESSION_APPROVAL_TIMEOUT_S: seconds.default(180),
  /** How long a driver's request may wait in a connector's queue. */
  SESSION_QUEUE_TIMEOUT_S: seconds.default(4 * 3600),
  /** Limited sites are rebalanced this often even without a trigger (site load management). */
  LOAD_MANAGEMENT_INTERVAL_S: seconds.default(30),
  /** off: canned answers, nothing written; only for the benchmark's ceiling (bench/). */
  OCPP_PERSISTENCE: z.enum(['on', 'off']).default('on'),
});

export type OcppEnv = z.infer<typeof ZOcppEnv>;

/** The ocpp-server process's configuration: the only place it reads the environment. */
export function loadOcppConfig(env: NodeJS.ProcessEnv = process.env): OcppServerOptions {
  const parsed = parseEnv(ZOcppEnv, env);
  return {
    databaseUrl: parsed.DATABASE_URL,
    host: parsed.OCPP_HOST,
    port: parsed.OCPP_PORT,
    nodeId: parsed.OCPP_NODE_ID,
    heartbeatIntervalS: parsed.OCPP_HEARTBEAT_INTERVAL_S,
    pingIntervalMs: parsed.OCPP_PING_INTERVAL_S * 1000,
    staleAfterS: parsed.OCPP_STALE_AFTER_S,
    sweepIntervalMs: parsed.OCPP_SWEEP_INTERVAL_S * 1000,
    callTimeoutMs: parsed.OCPP_CALL_TIMEOUT_MS,
    approvalTimeoutS: parsed.SESSION_APPROVAL_TIMEOUT_S,
    queueTimeoutS: parsed.SESSION_QUEUE_TIMEOUT_S,
    maxBadMessages: parsed.OCPP_MAX_BAD_MESSAGES,
    maxPayloadBytes: parsed.OCPP_MAX_PAYLOAD_BYTES,
    maxClockSkewS: parsed.OCPP_MAX_CLOCK_SKEW_S,
    zombieAfterS: parsed.OCPP_ZOMBIE_AFTER_S,
    zombieGraceMs: parsed.OCPP_ZOMBIE_GRACE_S * 1000,
    loadManagementIntervalMs: parsed.LOAD_MANAGEMENT_INTERVAL_S * 1000,
    persistence: parsed.OCPP_PERSISTENCE === 'on',
  };
}
