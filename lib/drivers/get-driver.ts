import { asc, eq } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { idTags, users, vehicles } from '@/db/schema';
import { toIdTag } from '@/lib/id-tags/id-tag-view';

/**
 * A driver with their vehicles and RFID tags (all fields), or null for an unknown id. A tag past
 * its expiry reads Expired, as chargers treat it.
 */
export async function getDriver(db: Executor, id: string, now: Date = new Date()) {
  const [user] = await db
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      role: users.role,
      createdAt: users.createdAt,
    })
    .from(users)
    .where(eq(users.id, id));
  if (!user) return null;
  const [vehicleRows, tagRows] = await Promise.all([
    db.select().from(vehicles).where(eq(vehicles.userId, id)).orderBy(asc(vehicles.createdAt)),
    db.select().from(idTags).where(eq(idTags.userId, id)).orderBy(asc(idTags.createdAt)),
  ]);
  return {
    ...user,
    vehicles: vehicleRows,
    tags: tagRows.map((row) =>
      toIdTag(row.expiresAt && row.expiresAt <= now ? { ...row, status: 'Expired' } : row),
    ),
  };
}

export type TDriver = NonNullable<Awaited<ReturnType<typeof getDriver>>>;
