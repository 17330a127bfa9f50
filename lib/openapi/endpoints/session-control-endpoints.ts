import type { TEndpoint } from '../endpoint';

export const sessionControlEndpoints: TEndpoint[] = [];
