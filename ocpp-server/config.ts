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
  /** WebSocket ping interval; a ping left unanswered for one interval drops the socket. */
  OCPP_PING_INTERVAL_S: seconds.default(20),
  /** An 'online' station not heard from for this long is marked offline. */
  OCPP_STALE_AFTER_S: seconds.default(90),
  /** How often the stale sweeper runs. */
  OCPP_SWEEP_INTERVAL_S: seconds.default(10),
  OCPP_CALL_TIMEOUT_MS: z.coerce.number().int().positive().default(15_000),
  /** Malformed frames in a row tolerated before the socket is closed. */
  OCPP_MAX_BAD_MESSAGES: z.coerce.number().int().min(0).default(10),
  OCPP_MAX_PAYLOAD_BYTES: z.coerce.number().int().positive().default(65_536),
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
    maxBadMessages: parsed.OCPP_MAX_BAD_MESSAGES,
    maxPayloadBytes: parsed.OCPP_MAX_PAYLOAD_BYTES,
  };
}
