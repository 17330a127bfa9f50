import type { Executor } from '@/db/client';
import type { TSiteLoad } from './load-management-schemas';
import { readSiteSessions } from './read-site-sessions';

/**
 * A site's limit and each charging session's grant (from the last rebalance), measured power
 * and rating, with totals; null for an unknown site.
 */
export async function getSiteLoad(db: Executor, siteId: string): Promise<TSiteLoad | null> {
  const state = await readSiteSessions(db, siteId);
  if (!state) return null;
  const rows = state.sessions.map((session) => ({
    sessionId: session.sessionId,
    stationId: session.stationId,
    stationName: session.stationName,
    connectorId: session.connectorId,
    transactionId: session.transactionId,
    allocatedW: session.allocation?.allocatedW ?? null,
    enforcedW: session.allocation?.enforcedW ?? null,
    reason: session.allocation?.reason ?? null,
    commandState: session.allocation?.commandState ?? null,
    ocppStatus: session.allocation?.ocppStatus ?? null,
    measuredW: session.lastPowerW,
    maxW: session.ratingW,
  }));
  return {
    siteId: state.site.id,
    limitW: state.site.gridLimitW,
    sessions: rows,
    grantedW: rows.reduce((sum, row) => sum + (row.allocatedW ?? 0), 0),
    measuredW: rows.reduce((sum, row) => sum + (row.measuredW ?? 0), 0),
  };
}
