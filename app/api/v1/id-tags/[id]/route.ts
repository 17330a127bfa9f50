import { ApiError } from '@/lib/api/api-error';
import { ZIdParams } from '@/lib/api/id-params';
import { withAuth } from '@/lib/api/with-auth';
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
  async ({ db, params, body }) => {
    const tag = await updateIdTag(db, params.id, body);
    if (!tag) throw new ApiError('not_found', NOT_FOUND);
    return tag;
  },
  { role: 'operator', params: ZIdParams, body: ZUpdateIdTagRequest },
);

export const DELETE = withAuth(
  async ({ db, params }) => {
    if (!(await deleteIdTag(db, params.id))) throw new ApiError('not_found', NOT_FOUND);
    return new Response(null, { status: 204 });
  },
  { role: 'operator', params: ZIdParams },
);
