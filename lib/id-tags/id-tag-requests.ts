import { z } from 'zod';
import { idTagStatus } from '@/db/schema';
import { ZPageQuery } from '@/lib/api/pagination';
import { ZIdToken, ZOcppDateTime } from '@/lib/commands/ocpp-types';

export const ZIdTagStatus = z.enum(idTagStatus.enumValues);

const ZExpiresAt = ZOcppDateTime.transform((value) => new Date(value));
const ZLabel = z.string().trim().min(1, { error: 'must not be empty' }).max(100);

export const ZCreateIdTagRequest = z.strictObject({
  idTag: ZIdToken.describe('The token as chargers send it (OCPP 1.6 IdToken, 1–20 characters)'),
  userId: z.uuid().nullable().optional().describe('The driver the tag belongs to'),
  parentIdTag: ZIdToken.nullable().optional().describe('Group token (OCPP parentIdTag)'),
  status: ZIdTagStatus.default('Accepted'),
  expiresAt: ZExpiresAt.nullable().optional(),
  label: ZLabel.nullable().optional(),
});
export type TCreateIdTagRequest = z.infer<typeof ZCreateIdTagRequest>;

/** Block/unblock with `status`; null clears expiresAt, userId, parentIdTag and label. */
export const ZUpdateIdTagRequest = z
  .strictObject({
    status: ZIdTagStatus,
    expiresAt: ZExpiresAt.nullable(),
    userId: z.uuid().nullable(),
    parentIdTag: ZIdToken.nullable(),
    label: ZLabel.nullable(),
  })
  .partial();
export type TUpdateIdTagRequest = z.infer<typeof ZUpdateIdTagRequest>;

export const ZListIdTagsQuery = ZPageQuery.extend({
  userId: z.uuid().optional().describe('Only tags of this driver'),
  status: ZIdTagStatus.optional(),
  q: z.string().trim().max(100).optional().describe('Matches the token or the label (any case)'),
});
export type TListIdTagsQuery = z.infer<typeof ZListIdTagsQuery>;
