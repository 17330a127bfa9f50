import { ZDriverParams } from '@/lib/api/driver-params';
import { ZDriverAlertsQuery } from '@/lib/alerts/alert-requests';
import { ZAddFavoriteRequest, ZRemoveFavoriteQuery } from '@/lib/favorites/favorite-requests';
import { defineEndpoint, type TEndpoint } from '../endpoint';
import { ZAlertList } from '../schemas/alerts';
import { ZFavorite, ZFavoriteList } from '../schemas/charging-points';
import { EXAMPLE_ALERT } from './alert-endpoints';
import { AT, deleted, signedIn } from './directory-common';
import { EXAMPLE_STATION_ID } from './examples';

const FAVORITE = {
  stationId: EXAMPLE_STATION_ID,
  name: 'Harbour 1',
  site: { id: '9b1d2c3e-4f50-4a61-8b72-93a4b5c6d7e8', name: 'Harbour Car Park', city: 'Berlin' },
  createdAt: AT,
};

const FOR_DRIVER =
  'A driver may use only their own id (or `me`; another is a 403); operators any driver’s (unknown: 404).';

export const driverEngagementEndpoints: TEndpoint[] = [
  defineEndpoint({
    method: 'GET',
    path: '/api/v1/drivers/{driverId}/favorites',
    operationId: 'listDriverFavorites',
    tag: 'Drivers',
    summary: 'List favorite chargers',
    description: `The driver’s saved chargers, newest first. ${FOR_DRIVER}`,
    auth: signedIn,
    params: ZDriverParams,
    response: {
      description: 'The favorites.',
      schema: ZFavoriteList,
      example: { items: [FAVORITE] },
    },
    errors: ['forbidden'],
  }),
  defineEndpoint({
    method: 'POST',
    path: '/api/v1/drivers/{driverId}/favorites',
    operationId: 'addDriverFavorite',
    tag: 'Drivers',
    summary: 'Save a charger as favorite',
    description: `Saving one already saved changes nothing. An unknown charger is a 422 on \`stationId\`. ${FOR_DRIVER}`,
    auth: signedIn,
    params: ZDriverParams,
    body: ZAddFavoriteRequest,
    response: { status: 201, description: 'The favorite.', schema: ZFavorite, example: FAVORITE },
    errors: ['forbidden'],
  }),
  defineEndpoint({
    method: 'DELETE',
    path: '/api/v1/drivers/{driverId}/favorites',
    operationId: 'removeDriverFavorite',
    tag: 'Drivers',
    summary: 'Forget a favorite charger',
    description: `Removes \`?stationId=\` from the favorites; one that was not saved is fine too. ${FOR_DRIVER}`,
    auth: signedIn,
    params: ZDriverParams,
    query: ZRemoveFavoriteQuery,
    response: deleted,
    errors: ['forbidden'],
  }),
  defineEndpoint({
    method: 'GET',
    path: '/api/v1/drivers/{driverId}/alerts',
    operationId: 'listDriverAlerts',
    tag: 'Drivers',
    summary: 'Alerts in effect for a driver',
    description: `Operator alerts to show as banners now: those for everyone, those for the sites and stations of the driver’s favorites and open sessions, and those for \`siteId\` / \`stationId\` (the charger being looked at, and its site). Most severe first. ${FOR_DRIVER}`,
    auth: signedIn,
    params: ZDriverParams,
    query: ZDriverAlertsQuery,
    response: {
      description: 'The alerts in effect.',
      schema: ZAlertList,
      example: { items: [EXAMPLE_ALERT] },
    },
    errors: ['forbidden'],
  }),
];
