import type { Executor } from '@/db/client';
import {
  allocateSiteLimit,
  DEFAULT_MINIMUM_W,
  type TAllocationSession,
} from './allocate-site-limit';
import type { TSiteAllocation, TWhatIfRequest } from './load-management-schemas';
import { drawSinceGrant, maxPowerOf, readSiteSessions } from './read-site-sessions';

/**
 * The allocation a limit would give, before it is set: for the given hypothetical sessions (in
 * arrival order) or else the site's charging sessions as they draw now. Sends nothing.
 * Null for an unknown site.
 */
export async function whatIfSiteLimit(
  db: Executor,
  input: TWhatIfRequest & { siteId: string },
): Promise<TSiteAllocation | null> {
  const state = await readSiteSessions(db, input.siteId);
  if (!state) return null;
  const limitW = input.gridLimitW;
  const candidates = input.sessions
    ? input.sessions.map((session, index) => ({
        sessionId: null,
        label: session.label ?? `Session ${index + 1}`,
        allocation: {
          sessionId: `hypothetical-${index}`,
          maxW: session.maxW,
          drawW: session.drawW ?? null,
          startedAt: index,
          // A given draw is taken as settled under a grant of the car's maximum.
          grantedW: session.drawW === undefined ? null : session.maxW,
          grantedAt: 0,
        } satisfies TAllocationSession,
      }))
    : state.sessions.map((session) => ({
        sessionId: session.sessionId,
        label: `${session.stationName} #${session.connectorId}`,
        allocation: {
          sessionId: session.sessionId,
          maxW: maxPowerOf(session, limitW),
          drawW: drawSinceGrant(session),
          startedAt: session.startedAt?.getTime() ?? 0,
          grantedW: session.allocation?.enforcedW ?? null,
          grantedAt: session.allocation?.grantedAt?.getTime() ?? null,
        } satisfies TAllocationSession,
      }));
  const allocations = allocateSiteLimit({
    limitW,
    minimumW: DEFAULT_MINIMUM_W,
    now: Date.now(),
    sessions: candidates.map((candidate) => candidate.allocation),
  });
  const rows = candidates.map((candidate, index) => ({
    sessionId: candidate.sessionId,
    label: candidate.label,
    maxW: candidate.allocation.maxW,
    drawW: candidate.allocation.drawW,
    allocatedW: allocations[index]!.allocatedW,
    reason: allocations[index]!.reason,
  }));
  return {
    siteId: state.site.id,
    limitW,
    sessions: rows,
    totalAllocatedW: rows.reduce((sum, row) => sum + row.allocatedW, 0),
  };
}
