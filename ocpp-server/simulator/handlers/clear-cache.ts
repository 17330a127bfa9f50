import type { InboundHandler } from './handler';

/** The simulator keeps no authorization cache, so there is always nothing left to clear. */
export const clearCache: InboundHandler<'ClearCache'> = () => ({ status: 'Accepted' });
