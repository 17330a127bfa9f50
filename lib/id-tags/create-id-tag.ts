import type { Executor } from '@/db/client';
import { idTags } from '@/db/schema';
import type { TCreateIdTagRequest } from './id-tag-requests';
import { toIdTag, type TIdTag } from './id-tag-view';
import { idTagWriteError } from './id-tag-write-error';

/** Registers an RFID token; a token already registered is a 409, an unknown userId a 422. */
export async function createIdTag(db: Executor, input: TCreateIdTagRequest): Promise<TIdTag> {
  try {
    const [tag] = await db.insert(idTags).values(input).returning();
    return toIdTag(tag!);
  } catch (error) {
    throw idTagWriteError(error);
  }
}
