import type { userRole } from '@/db/schema';

export type TRole = (typeof userRole.enumValues)[number];

/** Each role includes the ones below it: an admin can do what an operator can, and so on. */
const RANK: Record<TRole, number> = { driver: 0, operator: 1, admin: 2 };

export function hasRole(actual: TRole, required: TRole): boolean {
  return RANK[actual] >= RANK[required];
}
