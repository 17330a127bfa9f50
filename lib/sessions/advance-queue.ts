import { and, asc, eq, isNotNull, sql } from 'drizzle-orm';
import { connectors, sessions, stations } from '@/db/schema';
import { isStartable } from './claim-connector';
import { dispatchRemoteStart, type TSessionDeps } from './dispatch-remote-start';
import { resolveStartTag } from './resolve-start-tag';
import { occupyingConnector } from './session-states';

export interface TAdvanceQueueInput {
  stationId: string;
  connectorId: number;
  approvalTimeoutS?: number | undefined;
  commandTimeoutMs?: number | undefined;
}

/** Bounds one call's work: each dispatch may wait for the charger's answer. */
const MAX_DISPATCHES = 5;

/**
 * Starts the next queued request once a connector is free: the charger reports it startable
 * and no open session holds it. The head request leaves the queue in the same transaction that
 * checks this (the station row locked), so two nodes or processes never start two requests on
 * one connector. A head whose tag is no longer valid, or that the charger does not accept, is
 * DENIED with the reason and the next one is tried. Returns how many requests were dispatched.
 * Cheap when nobody is queued: one indexed lookup.
 */
export async function advanceQueue(deps: TSessionDeps, input: TAdvanceQueueInput): Promise<number> {
  let dispatched = 0;
  while (dispatched < MAX_DISPATCHES) {
    if (!(await hasQueue(deps, input))) break;
    const head = await takeHead(deps, input);
    if (!head) break;
    dispatched += 1;
    const owner = { id: head.userId ?? '', role: 'driver' as const };
    const tag = head.userId
      ? await resolveStartTag(deps.db, owner, head.idTag ?? undefined)
      : ({ ok: false, idTag: head.idTag, reason: 'The request has no driver' } as const);
    if (!tag.ok) {
      await deps.db
        .update(sessions)
        .set({ status: 'DENIED', statusReason: tag.reason, updatedAt: sql`now()` })
        .where(and(eq(sessions.id, head.id), eq(sessions.status, 'PENDING')));
      continue;
    }
    const result = await dispatchRemoteStart(deps, {
      sessionId: head.id,
      stationId: input.stationId,
      connectorId: input.connectorId,
      idTag: tag.idTag,
      userId: head.userId,
      requestedBy: head.userId,
      onNotAccepted: 'deny',
      approvalTimeoutS: input.approvalTimeoutS,
      commandTimeoutMs: input.commandTimeoutMs,
    });
    // Rejected: the connector is still free for the next one. Offline or no answer: try later.
    if (result.status !== 'DENIED' || result.outcome?.state !== 'answered') break;
  }
  return dispatched;
}

async function hasQueue(deps: TSessionDeps, input: TAdvanceQueueInput): Promise<boolean> {
  const [row] = await deps.db
    .select({ id: sessions.id })
    .from(sessions)
    .where(queuedAt(input))
    .limit(1);
  return row !== undefined;
}

function queuedAt(input: TAdvanceQueueInput) {
  return and(
    eq(sessions.stationId, input.stationId),
    eq(sessions.connectorId, input.connectorId),
    eq(sessions.status, 'PENDING'),
    isNotNull(sessions.queuedAt),
  );
}

async function takeHead(deps: TSessionDeps, input: TAdvanceQueueInput) {
  return deps.db.transaction(async (tx) => {
    const [station] = await tx
      .select({ connectionState: stations.connectionState })
      .from(stations)
      .where(eq(stations.id, input.stationId))
      .for('update');
    if (station?.connectionState !== 'online') return null;
    const [connector] = await tx
      .select({ status: connectors.status })
      .from(connectors)
      .where(
        and(
          eq(connectors.stationId, input.stationId),
          eq(connectors.connectorId, input.connectorId),
        ),
      );
    if (!connector || !isStartable(connector.status)) return null;
    const [occupant] = await tx
      .select({ id: sessions.id })
      .from(sessions)
      .where(occupyingConnector(input))
      .limit(1);
    if (occupant) return null;
    const [head] = await tx
      .select({ id: sessions.id, idTag: sessions.idTag, userId: sessions.userId })
      .from(sessions)
      .where(queuedAt(input))
      .orderBy(asc(sessions.queuedAt), asc(sessions.id))
      .limit(1);
    if (!head) return null;
    await tx
      .update(sessions)
      .set({ queuedAt: null, updatedAt: sql`now()` })
      .where(eq(sessions.id, head.id));
    return head;
  });
}
