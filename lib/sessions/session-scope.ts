import { eq, sql, type SQL } from 'drizzle-orm';
import { sessions } from '@/db/schema';
import { hasRole, type TRole } from '@/lib/auth/roles';

export interface TSessionViewer {
  id: string;
  role: TRole;
}

/**
 * The sessions a caller may see or control, as a `where` condition: operators and admins all
 * of them, a driver only their own. Every session query for a caller ANDs this in, so another
 * driver's session is simply not found (404), never "forbidden".
 */
export function sessionsVisibleTo(viewer: TSessionViewer): SQL {
  return hasRole(viewer.role, 'operator') ? sql`true` : eq(sessions.userId, viewer.id);
}
