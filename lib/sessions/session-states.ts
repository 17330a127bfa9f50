import { and, eq, inArray, isNull } from 'drizzle-orm';
import { sessions } from '@/db/schema';

export type TSessionStatus = (typeof sessions.$inferSelect)['status'];

/** A session in one of these holds (or waits for) its connector. */
export const OPEN_SESSION_STATUSES = ['PENDING', 'APPROVED', 'CHARGING'] as const;

/** Connector states in which a charger takes a remote start: free, or a car already plugged in. */
export const STARTABLE_CONNECTOR_STATUSES = ['Available', 'Preparing'] as const;

/** How long the car has, after the charger accepted a remote start, to begin the transaction. */
export const DEFAULT_APPROVAL_TIMEOUT_S = 180;

/** How long a request may wait in a connector's queue before it expires. */
export const DEFAULT_QUEUE_TIMEOUT_S = 4 * 3600;

/** The session holding a connector: open and not waiting in its queue. */
export function occupyingConnector(connector: { stationId: string; connectorId: number }) {
  return and(
    eq(sessions.stationId, connector.stationId),
    eq(sessions.connectorId, connector.connectorId),
    inArray(sessions.status, [...OPEN_SESSION_STATUSES]),
    isNull(sessions.queuedAt),
  );
}
