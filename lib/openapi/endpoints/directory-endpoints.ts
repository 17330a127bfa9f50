import type { TEndpoint } from '../endpoint';

export const directoryEndpoints: TEndpoint[] = [];
