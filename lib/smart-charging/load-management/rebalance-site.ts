import { sql } from 'drizzle-orm';
import type { Database } from '@/db/client';
import type { EventHub } from '@/lib/events/event-hub';
import { allocateSiteLimit, DEFAULT_MINIMUM_W } from './allocate-site-limit';
import type { TRebalanceResult } from './load-management-schemas';
import {
  drawSinceGrant,
  maxPowerOf,
  readSiteSessions,
  type TSiteSession,
} from './read-site-sessions';
import {
  recordUnsentAllocation,
  removeStaleAllocations,
  stopManagingSite,
} from './site-allocation-rows';
import { sendSiteGrant } from './send-site-grant';

/** A raise smaller than this is not worth a command; lowering is always sent. */
export const MATERIAL_CHANGE_W = 300;
/** A charger that refused or did not answer is held at its old grant this long before a retry. */
export const RETRY_FAILED_AFTER_MS = 60_000;

type TDeps = { db: Database; events: EventHub };
type TSessionResult = TRebalanceResult['sessions'][number];

/**
 * Recomputes a site's fair shares and sends the changed ones as TxProfiles. Lowered grants go
 * first and are awaited before any is raised, so what the chargers allow never sums above the
 * limit, even mid-change. A charger that refuses or does not answer keeps what it enforced
 * before (its rating when it never accepted one), and the others are re-shared around that.
 *
 * One run per site at a time across every process (a transaction-scoped advisory lock: two
 * ocpp-server nodes may hold stations of one site). A site without a limit is no longer managed:
 * our profiles are cleared so its cars may draw their full rating again.
 * Null for an unknown site.
 */
export async function rebalanceSite(
  deps: TDeps,
  input: { siteId: string; reason: string; timeoutMs?: number },
): Promise<TRebalanceResult | null> {
  return deps.db.transaction(async (tx) => {
    await tx.execute(
      sql`select pg_advisory_xact_lock(hashtext('site-load-management'), hashtext(${input.siteId}))`,
    );
    // Commands must go through the pool: the node executing them must see the committed rows.
    return rebalanceLocked(deps, input);
  });
}

async function rebalanceLocked(
  deps: TDeps,
  input: { siteId: string; reason: string; timeoutMs?: number },
): Promise<TRebalanceResult | null> {
  const state = await readSiteSessions(deps.db, input.siteId);
  if (!state) return null;
  const { site } = state;
  await removeStaleAllocations(deps.db, site.id, state.sessions);
  if (site.gridLimitW === null) {
    const cleared = await stopManagingSite(deps, {
      siteId: site.id,
      sessions: state.sessions,
      timeoutMs: input.timeoutMs,
    });
    return {
      siteId: site.id,
      limitW: null,
      reason: input.reason,
      outcome: 'no_limit',
      sessions: cleared,
      totalEnforcedW: 0,
    };
  }
  const limitW = site.gridLimitW;
  const now = Date.now();
  // What each charger enforces now; sends during this run update it.
  const enforcedNow = new Map<string, number>();
  const enforcedOf = (s: TSiteSession) =>
    enforcedNow.get(s.sessionId) ?? s.allocation?.enforcedW ?? maxPowerOf(s, limitW);
  const fixed = new Map<string, TSiteSession>();
  const results = new Map<string, TSessionResult>();
  for (const session of state.sessions) {
    if (session.transactionId === null || recentlyFailed(session, now)) {
      fixed.set(session.sessionId, session);
    }
  }

  const grant = async (session: TSiteSession, allocatedW: number, reason: string) => {
    const wasW = enforcedOf(session);
    const outcome = await sendSiteGrant(deps, {
      siteId: site.id,
      session: { ...session, transactionId: session.transactionId! },
      allocatedW,
      reason,
      timeoutMs: input.timeoutMs,
    });
    if (outcome.accepted) enforcedNow.set(session.sessionId, allocatedW);
    const previousW = session.allocation?.enforcedW ?? null;
    results.set(session.sessionId, {
      ...resultBase(session, previousW, allocatedW, reason),
      action: outcome.accepted ? (allocatedW < wasW ? 'lowered' : 'raised') : 'failed',
      commandState: outcome.commandState,
      ocppStatus: outcome.ocppStatus,
    });
    return outcome.accepted;
  };

  // Each failed lowering fixes that session at its old grant and re-shares; a few passes at most.
  for (let pass = 0; pass <= state.sessions.length; pass += 1) {
    const flexible = state.sessions.filter((s) => !fixed.has(s.sessionId));
    const heldW = [...fixed.values()].reduce((sum, s) => sum + enforcedOf(s), 0);
    const allocations = allocateSiteLimit({
      limitW: Math.max(0, limitW - heldW),
      minimumW: DEFAULT_MINIMUM_W,
      now,
      sessions: flexible.map((s) => ({
        sessionId: s.sessionId,
        maxW: maxPowerOf(s, limitW),
        drawW: drawSinceGrant(s),
        startedAt: s.startedAt?.getTime() ?? 0,
        grantedW: enforcedOf(s),
        grantedAt: (s.allocation?.grantedAt ?? s.startedAt)?.getTime() ?? null,
      })),
    });
    const planned = flexible.map((session, i) => ({ session, ...allocations[i]! }));
    const lowers = planned.filter(({ session, allocatedW }) => allocatedW < enforcedOf(session));
    const lowered = await Promise.all(lowers.map((p) => grant(p.session, p.allocatedW, p.reason)));
    if (lowered.includes(false)) {
      lowers.forEach((p, i) => !lowered[i] && fixed.set(p.session.sessionId, p.session));
      continue;
    }
    const lowerIds = new Set(lowers.map((p) => p.session.sessionId));
    const rest = planned.filter((p) => !lowerIds.has(p.session.sessionId));
    const raises = rest.filter(
      ({ session, allocatedW }) =>
        allocatedW - enforcedOf(session) >= MATERIAL_CHANGE_W ||
        (allocatedW > enforcedOf(session) && session.allocation?.commandState !== 'answered'),
    );
    // A refused raise is safe: the charger keeps its lower grant.
    await Promise.all(raises.map((p) => grant(p.session, p.allocatedW, p.reason)));
    for (const p of rest.filter((p) => !results.has(p.session.sessionId))) {
      await recordUnsentAllocation(deps.db, site.id, p.session, p.allocatedW, p.reason);
      results.set(p.session.sessionId, {
        ...resultBase(p.session, p.session.allocation?.enforcedW ?? null, p.allocatedW, p.reason),
        action: 'unchanged',
        commandState: p.session.allocation?.commandState ?? null,
        ocppStatus: p.session.allocation?.ocppStatus ?? null,
      });
    }
    break;
  }
  for (const session of fixed.values()) {
    if (results.has(session.sessionId)) continue;
    const heldW = enforcedOf(session);
    results.set(session.sessionId, {
      ...resultBase(session, session.allocation?.enforcedW ?? null, heldW, 'held'),
      action: 'failed',
      commandState: session.allocation?.commandState ?? null,
      ocppStatus: session.allocation?.ocppStatus ?? null,
    });
  }
  const totalEnforcedW = state.sessions.reduce((sum, s) => sum + enforcedOf(s), 0);
  return {
    siteId: site.id,
    limitW,
    reason: input.reason,
    outcome: 'managed',
    sessions: state.sessions.flatMap((s) => results.get(s.sessionId) ?? []),
    totalEnforcedW,
  };
}

function recentlyFailed(session: TSiteSession, now: number): boolean {
  const row = session.allocation;
  if (!row?.commandState) return false;
  const failed = row.commandState !== 'answered' || row.ocppStatus !== 'Accepted';
  return failed && now - row.updatedAt.getTime() < RETRY_FAILED_AFTER_MS;
}

function resultBase(
  session: TSiteSession,
  previousW: number | null,
  allocatedW: number,
  reason: string,
) {
  return {
    sessionId: session.sessionId,
    stationId: session.stationId,
    connectorId: session.connectorId,
    previousW,
    allocatedW,
    reason,
  };
}
