import type { notifications } from '@/db/schema';

type TNotificationRow = typeof notifications.$inferSelect;

/** A notification as the API and the pages show it. */
export interface TNotification {
  id: string;
  kind: TNotificationRow['kind'];
  title: string;
  body: string;
  sessionId: string | null;
  stationId: string | null;
  readAt: string | null;
  createdAt: string;
}

export function toNotification(row: TNotificationRow): TNotification {
  return {
    id: row.id,
    kind: row.kind,
    title: row.title,
    body: row.body,
    sessionId: row.sessionId,
    stationId: row.stationId,
    readAt: row.readAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
  };
}
