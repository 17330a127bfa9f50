import { z } from 'zod';
import { ZPageQuery } from '@/lib/api/pagination';

/** `?unread=true` lists only unread ones; anything else but `false` is a 400. */
export const ZListNotificationsQuery = ZPageQuery.extend({
  unread: z
    .enum(['true', 'false'])
    .transform((value) => value === 'true')
    .optional()
    .describe('`true`: only unread notifications'),
});

export const ZMarkNotificationsReadRequest = z.strictObject({
  ids: z
    .array(z.uuid())
    .max(500)
    .optional()
    .describe('The notifications to mark read; leave out to mark all of them read'),
});
export type TMarkNotificationsReadRequest = z.infer<typeof ZMarkNotificationsReadRequest>;
