import type { TEndpoint } from '../endpoint';

export const sessionReadEndpoints: TEndpoint[] = [];
