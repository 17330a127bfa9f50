import { decodeCursor } from '@/lib/api/cursor';
import { withAuth } from '@/lib/api/with-auth';
import { recordAudit } from '@/lib/audit/record-audit';
import { createIdTag } from '@/lib/id-tags/create-id-tag';
import { ZCreateIdTagRequest, ZListIdTagsQuery } from '@/lib/id-tags/id-tag-requests';
import { listIdTags, ZIdTagCursor } from '@/lib/id-tags/list-id-tags';

/** Operators see every tag; a driver only their own (the filters narrow further). */
export const GET = withAuth(
  ({ db, user, query }) =>
    listIdTags(db, {
      ...query,
      q: query.q || undefined,
      viewer: user,
      cursor: decodeCursor(ZIdTagCursor, query.cursor),
    }),
  { query: ZListIdTagsQuery },
);

export const POST = withAuth(
  async ({ db, user, body }) =>
    db.transaction(async (tx) => {
      const tag = await createIdTag(tx, body);
      await recordAudit(tx, {
        actorId: user.id,
        action: 'tag.issued',
        targetType: 'id_tag',
        targetId: tag.id,
        details: { idTag: tag.idTag },
      });
      return Response.json(tag, { status: 201 });
    }),
  { role: 'operator', body: ZCreateIdTagRequest },
);
