import { eq } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { idTags } from '@/db/schema';

export interface IdTagAuthorization {
  idTagInfo: {
    status: 'Accepted' | 'Blocked' | 'Expired' | 'Invalid';
    expiryDate?: string;
    parentIdTag?: string;
  };
  /** The driver the tag belongs to, so a session started with it is theirs. */
  userId: string | null;
}

/** OCPP 1.6 IdTagInfo for a token: unknown tags are Invalid, a past expiry makes it Expired. */
export async function authorizeIdTag(
  db: Executor,
  idTag: string,
  now: Date = new Date(),
): Promise<IdTagAuthorization> {
  const [tag] = await db.select().from(idTags).where(eq(idTags.idTag, idTag)).limit(1);
  if (!tag) return { idTagInfo: { status: 'Invalid' }, userId: null };
  const expired = tag.expiresAt !== null && tag.expiresAt.getTime() <= now.getTime();
  const status = tag.status === 'Accepted' && expired ? 'Expired' : tag.status;
  return {
    idTagInfo: {
      status,
      ...(tag.expiresAt ? { expiryDate: tag.expiresAt.toISOString() } : {}),
      ...(tag.parentIdTag ? { parentIdTag: tag.parentIdTag } : {}),
    },
    userId: tag.userId,
  };
}
