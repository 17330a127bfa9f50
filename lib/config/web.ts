import { z } from 'zod';
import { parseEnv, postgresUrl } from './parse-env';

const ZWebEnv = z.object({
  DATABASE_URL: postgresUrl,
  NEXTAUTH_SECRET: z.string().min(16, 'must be at least 16 characters'),
  /** The OCPP endpoint chargers are told to use, shown to operators. */
  PUBLIC_OCPP_URL: z.string().default('ws://localhost:9000/ocpp'),
});

export type WebConfig = z.infer<typeof ZWebEnv>;

let cached: WebConfig | undefined;

/** The web process's configuration, read from the environment once. */
export function webConfig(): WebConfig {
  cached ??= parseEnv(ZWebEnv);
  return cached;
}
