import { ZIdParams } from '@/lib/api/id-params';
import { ZCreateSiteRequest, ZListSitesQuery, ZUpdateSiteRequest } from '@/lib/sites/site-requests';
import { ZSite, ZSitePage } from '../schemas/directory';
import { defineEndpoint, type TEndpoint } from '../endpoint';
import { AT, CURSOR, deleted, operator } from './directory-common';

const SITE = {
  id: '9b1d2c3e-4f50-4a61-8b72-93a4b5c6d7e8',
  name: 'Harbour',
  address: '1 Quay Street',
  city: 'Bristol',
  postalCode: 'BS1 4DJ',
  country: 'GB',
  latitude: 51.4514,
  longitude: -2.5967,
  timeZone: 'Europe/London',
  amenities: ['Café', 'Toilets'],
  tariffId: null,
  gridLimitW: 250_000,
  createdAt: AT,
  stationCount: 4,
};

export const siteEndpoints: TEndpoint[] = [
  defineEndpoint({
    method: 'GET',
    path: '/api/v1/sites',
    operationId: 'listSites',
    tag: 'Sites',
    summary: 'List sites',
    description:
      'Sites in name order with their station counts; `q` matches name, city or address. Cursor-paginated: pass `nextCursor` back as `cursor`.',
    auth: operator,
    query: ZListSitesQuery,
    response: {
      description: 'One page of sites.',
      schema: ZSitePage,
      example: { items: [SITE], nextCursor: CURSOR },
    },
  }),
  defineEndpoint({
    method: 'POST',
    path: '/api/v1/sites',
    operationId: 'createSite',
    tag: 'Sites',
    summary: 'Create a site',
    description:
      '`country` is ISO 3166-1 alpha-2, `timeZone` an IANA zone; amenities are trimmed and de-duplicated (at most 30). An unknown `tariffId` is a 422 naming the field.',
    auth: operator,
    body: ZCreateSiteRequest,
    response: {
      status: 201,
      description: 'The new site.',
      schema: ZSite,
      example: { ...SITE, stationCount: 0 },
    },
  }),
  defineEndpoint({
    method: 'GET',
    path: '/api/v1/sites/{id}',
    operationId: 'getSite',
    tag: 'Sites',
    summary: 'Site detail',
    description: 'One site with its station count.',
    auth: operator,
    params: ZIdParams,
    response: { description: 'The site.', schema: ZSite, example: SITE },
    errors: ['not_found'],
  }),
  defineEndpoint({
    method: 'PATCH',
    path: '/api/v1/sites/{id}',
    operationId: 'updateSite',
    tag: 'Sites',
    summary: 'Update a site',
    description: 'Changes the given fields; `null` clears `postalCode` or `tariffId`.',
    auth: operator,
    params: ZIdParams,
    body: ZUpdateSiteRequest,
    response: { description: 'The updated site.', schema: ZSite, example: SITE },
    errors: ['not_found'],
  }),
  defineEndpoint({
    method: 'DELETE',
    path: '/api/v1/sites/{id}',
    operationId: 'deleteSite',
    tag: 'Sites',
    summary: 'Delete a site',
    description: 'Refused with 409 while stations belong to the site: move them first.',
    auth: operator,
    params: ZIdParams,
    response: deleted,
    errors: ['not_found', 'conflict'],
  }),
];
