import { z } from 'zod';
import { DEFAULT_COMMAND_TIMEOUT_MS } from '@/lib/commands/send-command';
import { parseEnv } from '@/lib/config/parse-env';

const ZCommandTimeoutEnv = z.object({
  /** How long an API call waits for the charger's answer; tests shorten it. */
  API_COMMAND_TIMEOUT_MS: z.coerce.number().int().positive().default(DEFAULT_COMMAND_TIMEOUT_MS),
});

/** How long API routes wait for a charger to answer a command. */
export function apiCommandTimeoutMs(): number {
  return parseEnv(ZCommandTimeoutEnv).API_COMMAND_TIMEOUT_MS;
}
