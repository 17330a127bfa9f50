import { eq, sql, type SQL } from 'drizzle-orm';
import { vehicles } from '@/db/schema';
import { hasRole, type TRole } from '@/lib/auth/roles';

export interface TVehicleViewer {
  id: string;
  role: TRole;
}

/**
 * The vehicles a caller may see or change, as a `where` condition: operators all, a driver
 * only their own, so another driver's vehicle is simply not found (404).
 */
export function vehiclesVisibleTo(viewer: TVehicleViewer): SQL {
  return hasRole(viewer.role, 'operator') ? sql`true` : eq(vehicles.userId, viewer.id);
}
