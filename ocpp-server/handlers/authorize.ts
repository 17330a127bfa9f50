import { authorizeIdTag } from '@/lib/id-tags/authorize-id-tag';
import type { AuthorizeRequest, AuthorizeResponse } from '../ocpp16-types';
import { refuseUnlessAccepted } from './registration-gate';
import type { ActionHandler } from './types';

export const handleAuthorize: ActionHandler<AuthorizeRequest, AuthorizeResponse> = async (
  scope,
  params,
) => {
  refuseUnlessAccepted(scope, 'Authorize');
  const { idTagInfo } = await authorizeIdTag(scope.ctx.db, params.idTag);
  return { response: { idTagInfo } };
};
