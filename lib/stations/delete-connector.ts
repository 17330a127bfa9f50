import { OPEN_SESSION_STATUSES } from '@/lib/sessions/session-states';
import { and, eq, inArray } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { connectors, sessions, stations } from '@/db/schema';
import { ApiError } from '@/lib/api/api-error';
import { publishEvent } from '@/lib/events/publish';

/** Sessions that still need their connector: requested, approved or charging. */

/**
 * Removes a connector nobody is using. The station row is locked FOR UPDATE first: a new
 * session's foreign key takes a key-share lock on it, so none can start on the connector
 * between the check and the delete.
 */
export async function deleteConnector(
  db: Executor,
  target: { stationId: string; connectorId: number },
): Promise<void> {
  await db.transaction(async (tx) => {
    const [station] = await tx
      .select({ id: stations.id })
      .from(stations)
      .where(eq(stations.id, target.stationId))
      .for('update');
    if (!station) throw new ApiError('not_found', 'Station not found');
    const onConnector = and(
      eq(sessions.stationId, target.stationId),
      eq(sessions.connectorId, target.connectorId),
      inArray(sessions.status, [...OPEN_SESSION_STATUSES]),
    );
    const [open] = await tx.select({ id: sessions.id }).from(sessions).where(onConnector).limit(1);
    if (open) {
      throw new ApiError(
        'conflict',
        `Connector ${target.connectorId} has a session in progress: stop or wait for it first`,
      );
    }
    const [deleted] = await tx
      .delete(connectors)
      .where(
        and(
          eq(connectors.stationId, target.stationId),
          eq(connectors.connectorId, target.connectorId),
        ),
      )
      .returning({ id: connectors.id });
    if (!deleted) {
      throw new ApiError('not_found', `The station has no connector ${target.connectorId}`);
    }
  });
  await publishEvent(db, { type: 'station.updated', stationId: target.stationId });
}
