import { z } from 'zod';
import { parseEnv, postgresUrl } from './parse-env';

const ZWebEnv = z.object({
  DATABASE_URL: postgresUrl,
  NEXTAUTH_SECRET: z.string().min(16, 'must be at least 16 characters'),
  /** The OCPP endpoint chargers are told to use, shown to operators. */
  PUBLIC_OCPP_URL: z.string().default('ws://localhost:9000/ocpp'),
  /**
   * The site's public URL. next-auth reads it from the environment itself (redirect targets;
   * an https URL switches the session cookie to its __Secure- name); validated here once.
   */
  NEXTAUTH_URL: z.url().optional(),
  /** The company that operates the network, printed on receipts. */
  OPERATOR_NAME: z.string().min(1).default('Chargedeck Networks'),
  /** How long API calls wait for a charger's answer to a command before answering 504. */
  COMMAND_TIMEOUT_MS: z.coerce.number().int().positive().default(15_000),
  /** After a charger accepts a remote start, how long the car has to begin charging. */
  SESSION_APPROVAL_TIMEOUT_S: z.coerce.number().int().positive().default(180),
  /** Writes (non-GET API calls) allowed per API key or user per minute. */
  API_WRITE_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().positive().default(60),
});

export type WebConfig = z.infer<typeof ZWebEnv>;

let cached: WebConfig | undefined;

/** The web process's configuration, read from the environment once. */
export function webConfig(): WebConfig {
  cached ??= parseEnv(ZWebEnv);
  return cached;
}
