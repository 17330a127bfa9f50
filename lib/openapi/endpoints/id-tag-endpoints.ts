import { ZIdParams } from '@/lib/api/id-params';
import {
  ZCreateIdTagRequest,
  ZListIdTagsQuery,
  ZUpdateIdTagRequest,
} from '@/lib/id-tags/id-tag-requests';
import { ZIdTag, ZIdTagPage } from '../schemas/directory';
import { defineEndpoint, type TEndpoint } from '../endpoint';
import { AT, deleted, DRIVER_ID, operator, signedIn } from './directory-common';

const ID_TAG = {
  id: '2c3d4e5f-6a7b-4c8d-9e0f-1a2b3c4d5e6f',
  idTag: '04A1B2C3D4',
  userId: DRIVER_ID,
  parentIdTag: null,
  status: 'Accepted' as const,
  expiresAt: '2027-01-01T00:00:00.000Z',
  label: 'Fleet card 12',
  createdAt: AT,
};

export const idTagEndpoints: TEndpoint[] = [
  defineEndpoint({
    method: 'GET',
    path: '/api/v1/id-tags',
    operationId: 'listIdTags',
    tag: 'Id tags',
    summary: 'List RFID tags',
    description:
      'Tags in token order. Operators see every tag; a driver gets only their own. Filter by `userId`, `status`, or `q` (token or label). Cursor-paginated.',
    auth: signedIn,
    query: ZListIdTagsQuery,
    response: {
      description: 'One page of tags.',
      schema: ZIdTagPage,
      example: { items: [ID_TAG], nextCursor: null },
    },
  }),
  defineEndpoint({
    method: 'POST',
    path: '/api/v1/id-tags',
    operationId: 'createIdTag',
    tag: 'Id tags',
    summary: 'Register an RFID tag',
    description:
      'The tag’s status is `Accepted` unless given. A token already registered is a 409; an unknown `userId` a 422 naming the field.',
    auth: operator,
    body: ZCreateIdTagRequest,
    response: { status: 201, description: 'The new tag.', schema: ZIdTag, example: ID_TAG },
    errors: ['conflict'],
  }),
  defineEndpoint({
    method: 'GET',
    path: '/api/v1/id-tags/{id}',
    operationId: 'getIdTag',
    tag: 'Id tags',
    summary: 'RFID tag detail',
    description: 'One tag. A driver gets only their own: another’s is a 404.',
    auth: signedIn,
    params: ZIdParams,
    response: { description: 'The tag.', schema: ZIdTag, example: ID_TAG },
    errors: ['not_found'],
  }),
  defineEndpoint({
    method: 'PATCH',
    path: '/api/v1/id-tags/{id}',
    operationId: 'updateIdTag',
    tag: 'Id tags',
    summary: 'Update an RFID tag',
    description:
      'Block or unblock with `status`, change `expiresAt`, `userId`, `parentIdTag` or `label` (`null` clears them). An unknown `userId` is a 422.',
    auth: operator,
    params: ZIdParams,
    body: ZUpdateIdTagRequest,
    response: {
      description: 'The updated tag.',
      schema: ZIdTag,
      example: { ...ID_TAG, status: 'Blocked' },
    },
    errors: ['not_found'],
  }),
  defineEndpoint({
    method: 'DELETE',
    path: '/api/v1/id-tags/{id}',
    operationId: 'deleteIdTag',
    tag: 'Id tags',
    summary: 'Delete an RFID tag',
    description: 'chargers are then told the token is Invalid.',
    auth: operator,
    params: ZIdParams,
    response: deleted,
    errors: ['not_found'],
  }),
];
