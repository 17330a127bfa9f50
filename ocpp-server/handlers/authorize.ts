import { authorizeIdTag } from '@/lib/id-tags/authorize-id-tag';
import type { AuthorizeRequest, AuthorizeResponse } from '../ocpp16-types';
import type { ActionHandler } from './types';

export const handleAuthorize: ActionHandler<AuthorizeRequest, AuthorizeResponse> = async (
  { ctx },
  params,
) => {
  const { idTagInfo } = await authorizeIdTag(ctx.db, params.idTag);
  return { response: { idTagInfo } };
};
