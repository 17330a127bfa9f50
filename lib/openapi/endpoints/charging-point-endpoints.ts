import type { TEndpoint } from '../endpoint';

export const chargingPointEndpoints: TEndpoint[] = [];
