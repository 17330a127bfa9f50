import type { TEndpoint } from '../endpoint';

export const alertEndpoints: TEndpoint[] = [];
