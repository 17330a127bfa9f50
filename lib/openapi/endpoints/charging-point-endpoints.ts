import { ZIdParams } from '@/lib/api/id-params';
import {
  ZChargingPointQuery,
  ZListChargingPointsQuery,
} from '@/lib/charging-points/charging-point-requests';
import { defineEndpoint, type TEndpoint } from '../endpoint';
import { ZChargingPointDetail, ZChargingPointPage } from '../schemas/charging-points';
import { AT } from './directory-common';
import { EXAMPLE_STATION_ID } from './examples';

const CHARGING_POINT = {
  id: EXAMPLE_STATION_ID,
  name: 'Harbour 1',
  site: {
    id: '9b1d2c3e-4f50-4a61-8b72-93a4b5c6d7e8',
    name: 'Harbour Car Park',
    address: '1 Quay Street',
    city: 'Berlin',
    country: 'DE',
    timeZone: 'Europe/Berlin',
    latitude: 52.52,
    longitude: 13.405,
    amenities: ['toilets', 'cafe'],
  },
  status: 'occupied' as const,
  connectors: [
    {
      id: '3c2b1a09-8f7e-4d6c-9b5a-4e3d2c1b0a98',
      connectorId: 1,
      type: 'CCS2' as const,
      maxPowerW: 150_000,
      status: 'Charging' as const,
      queueLength: 1,
      estimatedWaitSeconds: 3300,
    },
  ],
  maxPowerKw: 150,
  price: { currency: 'EUR', summary: '0.4641 EUR/kWh + idle fee' },
  distanceKm: 1.24,
  queueLength: 1,
  estimatedWaitSeconds: 3300,
  isFavorite: false,
  lastUpdatedAt: AT,
};

export const chargingPointEndpoints: TEndpoint[] = [
  defineEndpoint({
    method: 'GET',
    path: '/api/v1/charging-points',
    operationId: 'listChargingPoints',
    tag: 'Charging points',
    summary: 'Find charging points',
    description:
      'One entry per charger in service with live status (free, occupied, offline, faulted), connectors, queue length, estimated wait, gross price and, with `near`, the distance in km (haversine). Online chargers first, then by distance when `near` is given, else by site and name. Signed-in callers also get `isFavorite` and may ask for `onlyFavorites`. Cursor-paginated.',
    auth: { kind: 'public' },
    query: ZListChargingPointsQuery,
    response: {
      description: 'One page of charging points.',
      schema: ZChargingPointPage,
      example: { items: [CHARGING_POINT], nextCursor: null },
    },
  }),
  defineEndpoint({
    method: 'GET',
    path: '/api/v1/charging-points/{id}',
    operationId: 'getChargingPoint',
    tag: 'Charging points',
    summary: 'A charging point in detail',
    description:
      'Connectors with status, power, queue and wait; the site with amenities and time zone; the tariff explained in words, gross (VAT included). Chargers not in service are a 404.',
    auth: { kind: 'public' },
    params: ZIdParams,
    query: ZChargingPointQuery,
    response: {
      description: 'The charging point.',
      schema: ZChargingPointDetail,
      example: {
        ...CHARGING_POINT,
        tariff: {
          lines: [
            '0.4641 EUR/kWh',
            '0.3451 EUR/kWh 22:00–06:00 every day',
            'Idle fee 7.14 EUR/h after 240 min',
            'incl. 19 % VAT',
            'Hours in local time (Europe/Berlin)',
          ],
        },
        openingHours: null,
      },
    },
    errors: ['not_found'],
  }),
];
