import { ZIdParams } from '@/lib/api/id-params';
import {
  ZCreateAlertRequest,
  ZListAlertsQuery,
  ZUpdateAlertRequest,
} from '@/lib/alerts/alert-requests';
import { defineEndpoint, type TEndpoint } from '../endpoint';
import { ZOperatorAlert, ZOperatorAlertPage } from '../schemas/alerts';
import { AT, deleted, operator } from './directory-common';

export const EXAMPLE_ALERT = {
  id: '5e4d3c2b-1a09-4f8e-9d7c-6b5a4f3e2d1c',
  title: 'Harbour car park closed Sunday',
  message: 'The car park is closed for resurfacing on Sunday 8 March, 06:00–18:00.',
  severity: 'WARN' as const,
  effectiveAt: AT,
  expiresAt: '2026-03-08T17:00:00.000Z',
  siteIds: ['9b1d2c3e-4f50-4a61-8b72-93a4b5c6d7e8'],
  stationIds: [],
};

const OPERATOR_ALERT = {
  ...EXAMPLE_ALERT,
  state: 'active' as const,
  createdBy: '1f2e3d4c-5b6a-4978-8a6b-5c4d3e2f1a0b',
  createdAt: AT,
};

export const alertEndpoints: TEndpoint[] = [
  defineEndpoint({
    method: 'GET',
    path: '/api/v1/alerts',
    operationId: 'listAlerts',
    tag: 'Alerts',
    summary: 'List alerts',
    description:
      'Operators’ alerts with their state: `active` (in effect now), `scheduled` (not yet), `expired`, or `all` (default). Latest effective first, cursor-paginated.',
    auth: operator,
    query: ZListAlertsQuery,
    response: {
      description: 'One page of alerts.',
      schema: ZOperatorAlertPage,
      example: { items: [OPERATOR_ALERT], nextCursor: null },
    },
  }),
  defineEndpoint({
    method: 'POST',
    path: '/api/v1/alerts',
    operationId: 'createAlert',
    tag: 'Alerts',
    summary: 'Broadcast an alert',
    description:
      'Shown to drivers as a banner from `effectiveAt` (default now) until `expiresAt` (must be later). Empty `siteIds` and `stationIds` address everyone; otherwise drivers at those sites or stations. Unknown site or station ids are a 422 naming the field.',
    auth: operator,
    body: ZCreateAlertRequest,
    response: {
      status: 201,
      description: 'The new alert.',
      schema: ZOperatorAlert,
      example: OPERATOR_ALERT,
    },
  }),
  defineEndpoint({
    method: 'PATCH',
    path: '/api/v1/alerts/{id}',
    operationId: 'updateAlert',
    tag: 'Alerts',
    summary: 'Update an alert',
    description:
      'Changes the given fields; `expiresAt` must stay after the resulting `effectiveAt` (422 on `expiresAt`).',
    auth: operator,
    params: ZIdParams,
    body: ZUpdateAlertRequest,
    response: {
      description: 'The updated alert.',
      schema: ZOperatorAlert,
      example: OPERATOR_ALERT,
    },
    errors: ['not_found'],
  }),
  defineEndpoint({
    method: 'DELETE',
    path: '/api/v1/alerts/{id}',
    operationId: 'deleteAlert',
    tag: 'Alerts',
    summary: 'Delete an alert',
    description: 'Withdraws the alert at once, whatever its state.',
    auth: operator,
    params: ZIdParams,
    response: deleted,
    errors: ['not_found'],
  }),
];
