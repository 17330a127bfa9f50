import type { vehicles } from '@/db/schema';

type TVehicleRow = typeof vehicles.$inferSelect;

/** A vehicle as the API shows it: timestamps as ISO strings. */
export type TVehicle = Omit<TVehicleRow, 'createdAt'> & { createdAt: string };

export function toVehicle(row: TVehicleRow): TVehicle {
  return { ...row, createdAt: row.createdAt.toISOString() };
}
