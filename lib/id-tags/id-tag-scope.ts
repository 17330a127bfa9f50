import { eq, sql, type SQL } from 'drizzle-orm';
import { idTags } from '@/db/schema';
import { hasRole, type TRole } from '@/lib/auth/roles';

/**
 * The id tags a caller may see, as a `where` condition: operators all, a driver only their
 * own, so another driver's tag is simply not found (404).
 */
export function idTagsVisibleTo(viewer: { id: string; role: TRole }): SQL {
  return hasRole(viewer.role, 'operator') ? sql`true` : eq(idTags.userId, viewer.id);
}
