import { z } from 'zod';
import { parseEnv, port, postgresUrl } from '@/lib/config/parse-env';

const ZStartEnv = z.object({
  /** Use this PostgreSQL; when unset an embedded server is booted with data in EMBEDDED_PG_DATA. */
  DATABASE_URL: postgresUrl.optional(),
  EMBEDDED_PG_PORT: port.default(54329),
  EMBEDDED_PG_DATA: z.string().default('.data/pg'),
  PORT: port.default(3000),
  OCPP_PORT: port.default(9000),
  /** The single OCPP node's id; defaults to local-{OCPP_PORT}. */
  OCPP_NODE_ID: z.string().min(1).optional(),
  NEXTAUTH_SECRET: z.string().min(16).optional(),
  /** `demo` starts the simulated demo fleet; `off` starts none (real chargers only). */
  SIMULATOR: z.enum(['demo', 'off']).default('demo'),
});

export type StartConfig = z.infer<typeof ZStartEnv>;

export function startConfig(): StartConfig {
  return parseEnv(ZStartEnv);
}
