import type { TEndpoint } from '../endpoint';

export const driverEngagementEndpoints: TEndpoint[] = [];
