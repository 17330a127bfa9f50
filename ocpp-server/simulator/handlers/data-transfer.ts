import type { InboundHandler } from './handler';

/** No vendor extensions are implemented. */
export const dataTransfer: InboundHandler<'DataTransfer'> = () => ({ status: 'UnknownVendorId' });
