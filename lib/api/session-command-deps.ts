import type { Database } from '@/db/client';
import { webConfig } from '@/lib/config/web';
import { getWebEventHub } from '@/lib/events/web-event-hub';

/** What a route needs to send a session command and wait for the charger's answer. */
export async function sessionCommandDeps(db: Database) {
  const config = webConfig();
  return {
    deps: { db, events: await getWebEventHub() },
    commandTimeoutMs: config.COMMAND_TIMEOUT_MS,
    approvalTimeoutS: config.SESSION_APPROVAL_TIMEOUT_S,
  };
}
