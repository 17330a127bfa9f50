import { eq } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { alerts } from '@/db/schema';

/** Removes an alert at once, whatever its state; false when there is none with this id. */
export async function deleteAlert(db: Executor, options: { id: string }): Promise<boolean> {
  const deleted = await db
    .delete(alerts)
    .where(eq(alerts.id, options.id))
    .returning({ id: alerts.id });
  return deleted.length > 0;
}
