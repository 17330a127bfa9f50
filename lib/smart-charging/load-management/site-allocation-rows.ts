import { and, eq, notInArray, sql } from 'drizzle-orm';
import type { Database, Executor } from '@/db/client';
import { siteLoadAllocations } from '@/db/schema';
import { CommandRejectedError, sendCommand } from '@/lib/commands/send-command';
import type { EventHub } from '@/lib/events/event-hub';
import type { TRebalanceResult } from './load-management-schemas';
import type { TSiteSession } from './read-site-sessions';
import { loadProfileId } from './send-site-grant';

/** Rows of sessions that stopped charging (or left the site) stop counting against its limit. */
export async function removeStaleAllocations(
  db: Executor,
  siteId: string,
  charging: readonly TSiteSession[],
): Promise<void> {
  const ids = charging.map((s) => s.sessionId);
  await db
    .delete(siteLoadAllocations)
    .where(
      and(
        eq(siteLoadAllocations.siteId, siteId),
        ids.length > 0 ? notInArray(siteLoadAllocations.sessionId, ids) : undefined,
      ),
    );
}

/** A grant computed but not worth sending (no change, or a small raise): kept for display. */
export async function recordUnsentAllocation(
  db: Executor,
  siteId: string,
  session: TSiteSession,
  allocatedW: number,
  reason: string,
): Promise<void> {
  if (session.allocation) {
    if (session.allocation.reason === reason) return;
    await db
      .update(siteLoadAllocations)
      .set({ reason, updatedAt: sql`now()` })
      .where(eq(siteLoadAllocations.sessionId, session.sessionId));
    return;
  }
  await db
    .insert(siteLoadAllocations)
    .values({
      sessionId: session.sessionId,
      siteId,
      stationId: session.stationId,
      connectorId: session.connectorId,
      allocatedW,
      reason,
    })
    .onConflictDoNothing();
}

/**
 * The site's limit was removed: clear the TxProfiles we installed (best effort; a TxProfile
 * also ends with its transaction) and forget the rows, so its cars may draw their rating again.
 */
export async function stopManagingSite(
  deps: { db: Database; events: EventHub },
  input: { siteId: string; sessions: readonly TSiteSession[]; timeoutMs?: number | undefined },
): Promise<TRebalanceResult['sessions']> {
  const managed = input.sessions.filter((s) => s.allocation?.enforcedW != null);
  const cleared = await Promise.all(
    managed.map(async (session) => {
      let outcome: { state: string; ocppStatus: string | null } = {
        state: 'failed',
        ocppStatus: null,
      };
      try {
        outcome = await sendCommand(deps, {
          stationId: session.stationId,
          action: 'ClearChargingProfile',
          request: { id: loadProfileId(session.connectorId) },
          requestedBy: null,
          sessionId: session.sessionId,
          ...(input.timeoutMs ? { timeoutMs: input.timeoutMs } : {}),
        });
      } catch (error) {
        if (!(error instanceof CommandRejectedError)) throw error;
      }
      return {
        sessionId: session.sessionId,
        stationId: session.stationId,
        connectorId: session.connectorId,
        previousW: session.allocation?.enforcedW ?? null,
        allocatedW: 0,
        reason: 'no_limit',
        action: 'cleared' as const,
        commandState: outcome.state,
        ocppStatus: outcome.ocppStatus,
      };
    }),
  );
  await deps.db.delete(siteLoadAllocations).where(eq(siteLoadAllocations.siteId, input.siteId));
  return cleared;
}
