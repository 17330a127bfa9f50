import type { Database } from '@/db/client';
import type { EventHub } from '@/lib/events/event-hub';
import { rebalanceSite } from './rebalance-site';

/**
 * Re-shares a site after its grid limit was edited, without making the edit wait for every
 * charger's answer. A failure is only logged: the ocpp-server's sweep rebalances limited sites
 * on its own within LOAD_MANAGEMENT_INTERVAL_S.
 */
export function rebalanceInBackground(
  deps: { db: Database; events: EventHub },
  input: { siteId: string; reason: string; timeoutMs?: number },
): void {
  void rebalanceSite(deps, input).catch((error: unknown) => {
    console.error(`rebalancing site ${input.siteId} failed`, error);
  });
}
