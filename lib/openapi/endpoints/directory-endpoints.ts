import type { TEndpoint } from '../endpoint';
import { idTagEndpoints } from './id-tag-endpoints';
import { siteEndpoints } from './site-endpoints';
import { vehicleEndpoints } from './vehicle-endpoints';

/** Sites, RFID tags and vehicles. */
export const directoryEndpoints: TEndpoint[] = [
  ...siteEndpoints,
  ...idTagEndpoints,
  ...vehicleEndpoints,
];
