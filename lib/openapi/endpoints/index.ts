import type { TEndpoint } from '../endpoint';
import { openapiEndpoint } from './openapi-endpoint';
import { publicEndpoints } from './public-endpoints';
import { alertEndpoints } from './alert-endpoints';
import { analyticsEndpoints } from './analytics-endpoints';
import { chargingPointEndpoints } from './charging-point-endpoints';
import { consoleSessionEndpoints } from './console-session-endpoints';
import { directoryEndpoints } from './directory-endpoints';
import { driverEngagementEndpoints } from './driver-engagement-endpoints';
import { driverSessionEndpoints } from './driver-session-endpoints';
import { loadManagementEndpoints } from './load-management-endpoints';
import { managementEndpoints } from './management-endpoints';
import { schedulePreviewEndpoints } from './schedule-preview-endpoints';
import { sessionControlEndpoints } from './session-control-endpoints';
import { sessionReadEndpoints } from './session-read-endpoints';
import { smartChargingEndpoints } from './smart-charging-endpoints';
import { stationEndpoints } from './station-endpoints';

/** Every documented operation; a route file without an entry here fails the coverage test. */
export const API_ENDPOINTS: TEndpoint[] = [
  ...publicEndpoints,
  ...stationEndpoints,
  ...managementEndpoints,
  ...directoryEndpoints,
  ...consoleSessionEndpoints,
  ...sessionReadEndpoints,
  ...sessionControlEndpoints,
  ...chargingPointEndpoints,
  ...alertEndpoints,
  ...analyticsEndpoints,
  ...driverEngagementEndpoints,
  ...driverSessionEndpoints,
  ...loadManagementEndpoints,
  ...smartChargingEndpoints,
  ...schedulePreviewEndpoints,
  openapiEndpoint,
];
