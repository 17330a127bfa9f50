import type { TEndpoint } from '../endpoint';

export const driverSessionEndpoints: TEndpoint[] = [];
