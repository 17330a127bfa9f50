import { z } from 'zod';

/** `[id]` route segments are UUIDs; anything else is answered 404 by withAuth. */
export const ZIdParams = z.object({ id: z.uuid() });
export type TIdParams = z.infer<typeof ZIdParams>;
