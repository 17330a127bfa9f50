import type { TEndpoint } from '../endpoint';

export const managementEndpoints: TEndpoint[] = [];
