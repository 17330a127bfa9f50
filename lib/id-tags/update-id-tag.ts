import { eq } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { idTags } from '@/db/schema';
import type { TUpdateIdTagRequest } from './id-tag-requests';
import { toIdTag, type TIdTag } from './id-tag-view';
import { idTagWriteError } from './id-tag-write-error';

/** Changes the given fields of an id tag (operators); null when there is no such tag. */
export async function updateIdTag(
  db: Executor,
  id: string,
  changes: TUpdateIdTagRequest,
): Promise<TIdTag | null> {
  try {
    const [tag] =
      Object.keys(changes).length > 0
        ? await db.update(idTags).set(changes).where(eq(idTags.id, id)).returning()
        : await db.select().from(idTags).where(eq(idTags.id, id));
    return tag ? toIdTag(tag) : null;
  } catch (error) {
    throw idTagWriteError(error);
  }
}
