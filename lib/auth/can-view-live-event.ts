import type { LiveEvent } from '@/lib/events/live-event';
import { hasRole, type TRole } from './roles';

export interface TViewer {
  id: string;
  role: TRole;
}

/** Charger availability is public; everything else belongs to operators or the session's driver. */
const PUBLIC_EVENT_TYPES = new Set<LiveEvent['type']>([
  'station.connection',
  'station.updated',
  'connector.status',
]);

const SESSION_EVENT_TYPES = new Set<LiveEvent['type']>([
  'session.started',
  'session.updated',
  'session.stopped',
]);

export function canViewLiveEvent(viewer: TViewer | null, event: LiveEvent): boolean {
  if (viewer && hasRole(viewer.role, 'operator')) return true;
  if (PUBLIC_EVENT_TYPES.has(event.type)) return true;
  return viewer !== null && SESSION_EVENT_TYPES.has(event.type) && event.userId === viewer.id;
}
