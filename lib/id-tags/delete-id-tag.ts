import { eq } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { idTags } from '@/db/schema';

/** Removes an id tag; false when there was none. Chargers then get Invalid for the token. */
export async function deleteIdTag(db: Executor, id: string): Promise<boolean> {
  const deleted = await db.delete(idTags).where(eq(idTags.id, id)).returning({ id: idTags.id });
  return deleted.length > 0;
}
