import { ApiError } from '@/lib/api/api-error';
import { ZIdParams } from '@/lib/api/id-params';
import { withAuth } from '@/lib/api/with-auth';
import { recordAudit } from '@/lib/audit/record-audit';
import { deleteIdTag } from '@/lib/id-tags/delete-id-tag';
import { getIdTag } from '@/lib/id-tags/get-id-tag';
import { ZUpdateIdTagRequest } from '@/lib/id-tags/id-tag-requests';
import { updateIdTag } from '@/lib/id-tags/update-id-tag';

const NOT_FOUND = 'Id tag not found';

/** A driver gets only their own tags: another's is a 404, not a 403. */
export const GET = withAuth(
  async ({ db, user, params }) => {
    const tag = await getIdTag(db, { id: params.id, viewer: user });
    if (!tag) throw new ApiError('not_found', NOT_FOUND);
    return tag;
  },
  { params: ZIdParams },
);

export const PATCH = withAuth(
  async ({ db, user, params, body }) =>
    db.transaction(async (tx) => {
      const tag = await updateIdTag(tx, params.id, body);
      if (!tag) throw new ApiError('not_found', NOT_FOUND);
      // The audit entry also tells differential local lists the tag changed.
      await recordAudit(tx, {
        actorId: user.id,
        action: 'tag.updated',
        targetType: 'id_tag',
        targetId: tag.id,
        details: { idTag: tag.idTag, ...body },
      });
      return tag;
    }),
  { role: 'operator', params: ZIdParams, body: ZUpdateIdTagRequest },
);

export const DELETE = withAuth(
  async ({ db, user, params }) =>
    db.transaction(async (tx) => {
      if (!(await deleteIdTag(tx, params.id))) throw new ApiError('not_found', NOT_FOUND);
      await recordAudit(tx, {
        actorId: user.id,
        action: 'tag.deleted',
        targetType: 'id_tag',
        targetId: params.id,
      });
      return new Response(null, { status: 204 });
    }),
  { role: 'operator', params: ZIdParams },
);
