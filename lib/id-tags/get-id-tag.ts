import { and, eq } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { idTags } from '@/db/schema';
import type { TRole } from '@/lib/auth/roles';
import { idTagsVisibleTo } from './id-tag-scope';
import { toIdTag, type TIdTag } from './id-tag-view';

/** One id tag the viewer may see, or null. */
export async function getIdTag(
  db: Executor,
  options: { id: string; viewer: { id: string; role: TRole } },
): Promise<TIdTag | null> {
  const [tag] = await db
    .select()
    .from(idTags)
    .where(and(eq(idTags.id, options.id), idTagsVisibleTo(options.viewer)));
  return tag ? toIdTag(tag) : null;
}
