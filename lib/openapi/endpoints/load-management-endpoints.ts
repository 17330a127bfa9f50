import { ZIdParams } from '@/lib/api/id-params';
import {
  ZRebalanceResult,
  ZSiteAllocation,
  ZSiteLoad,
  ZSiteLoadHistory,
  ZSiteLoadHistoryQuery,
  ZWhatIfRequest,
} from '@/lib/smart-charging/load-management/load-management-schemas';
import { defineEndpoint, type TEndpoint } from '../endpoint';
import { operator } from './directory-common';

const SITE_ID = '9b1d2c3e-4f50-4a61-8b72-93a4b5c6d7e8';
const STATION_ID = '3f2c1b0a-9e8d-4c7b-a6f5-e4d3c2b1a098';
const SESSION_A = '5d6e7f80-91a2-4b3c-8d4e-5f6a7b8c9d0e';
const SESSION_B = '6e7f8091-a2b3-4c4d-9e5f-6a7b8c9d0e1f';

const LOAD_RULES =
  'Site load management shares the site’s `gridLimitW` (W across all phases) among its charging sessions: an equal share each, capped by the connector’s rating; a car that draws well below its grant for 30 s keeps its draw plus 1 kW and the rest goes to the others; when the limit cannot give everyone 1,380 W the latest-started sessions are paused (0 W). Grants are TxProfiles (chargingProfileId 1,000,000 + connector, stack level 8, in W).';

export const loadManagementEndpoints: TEndpoint[] = [
  defineEndpoint({
    method: 'GET',
    path: '/api/v1/sites/{id}/load-management',
    operationId: 'getSiteLoad',
    tag: 'Sites',
    summary: 'Site load: limit, grants and measured power',
    description: `${LOAD_RULES} Each charging session with what it was last granted (\`allocatedW\`), what its charger accepted (\`enforcedW\`; null: none, it may draw its rating), the last send's outcome and the measured power. \`limitW\` null: the site is not managed.`,
    auth: operator,
    params: ZIdParams,
    response: {
      description: 'The site’s load.',
      schema: ZSiteLoad,
      example: {
        siteId: SITE_ID,
        limitW: 30_000,
        sessions: [
          {
            sessionId: SESSION_A,
            stationId: STATION_ID,
            stationName: 'Harbour 1',
            connectorId: 1,
            transactionId: 1042,
            allocatedW: 15_000,
            enforcedW: 15_000,
            reason: 'fair_share',
            commandState: 'answered',
            ocppStatus: 'Accepted',
            measuredW: 14_870,
            maxW: 22_000,
          },
        ],
        grantedW: 15_000,
        measuredW: 14_870,
      },
    },
  }),
  defineEndpoint({
    method: 'GET',
    path: '/api/v1/sites/{id}/load-management/history',
    operationId: 'getSiteLoadHistory',
    tag: 'Sites',
    summary: 'Site load per minute',
    description:
      'For the live chart: per minute of the last `minutes` (default 60, at most 1,440), oldest first, the measured total (latest Power.Active.Import of each charging session) and the granted total (accepted load-management TxProfiles), with the current limit.',
    auth: operator,
    params: ZIdParams,
    query: ZSiteLoadHistoryQuery,
    response: {
      description: 'Points per minute.',
      schema: ZSiteLoadHistory,
      example: {
        limitW: 30_000,
        points: [
          { at: '2026-03-01T10:00:00.000Z', measuredW: 29_640, grantedW: 30_000 },
          { at: '2026-03-01T10:01:00.000Z', measuredW: 21_980, grantedW: 22_000 },
        ],
      },
    },
  }),
  defineEndpoint({
    method: 'POST',
    path: '/api/v1/sites/{id}/load-management/what-if',
    operationId: 'whatIfSiteLimit',
    tag: 'Sites',
    summary: 'Preview a limit’s allocation',
    description: `Sends nothing. The allocation \`gridLimitW\` would give the site’s charging sessions as they draw now, or the given hypothetical \`sessions\` (in arrival order; \`drawW\` below 90 % of \`maxW\` counts as under-drawing). ${LOAD_RULES}`,
    auth: operator,
    params: ZIdParams,
    body: ZWhatIfRequest,
    response: {
      description: 'The allocation.',
      schema: ZSiteAllocation,
      example: {
        siteId: SITE_ID,
        limitW: 20_000,
        sessions: [
          {
            sessionId: null,
            label: 'Van',
            maxW: 22_000,
            drawW: null,
            allocatedW: 12_600,
            reason: 'fair_share',
          },
          {
            sessionId: null,
            label: 'Hatchback',
            maxW: 22_000,
            drawW: 6_400,
            allocatedW: 7_400,
            reason: 'under_drawing',
          },
        ],
        totalAllocatedW: 20_000,
      },
    },
  }),
  defineEndpoint({
    method: 'POST',
    path: '/api/v1/sites/{id}/load-management/rebalance',
    operationId: 'rebalanceSite',
    tag: 'Sites',
    summary: 'Rebalance a site now',
    description:
      'Recomputes the shares and sends the changed grants (lowered ones first, awaited before any is raised, so the sum the chargers allow never exceeds the limit). A charger that refuses or does not answer is held at what it enforced before (its rating if nothing) and the others share the rest; it is retried after a minute. Without a limit, the load-management profiles are cleared (`outcome` `no_limit`). The ocpp-server also rebalances by itself when a session starts, ends or its draw changes.',
    auth: operator,
    params: ZIdParams,
    response: {
      description: 'What was sent to whom.',
      schema: ZRebalanceResult,
      example: {
        siteId: SITE_ID,
        limitW: 30_000,
        reason: 'requested',
        outcome: 'managed',
        sessions: [
          {
            sessionId: SESSION_A,
            stationId: STATION_ID,
            connectorId: 1,
            previousW: 22_000,
            allocatedW: 15_000,
            reason: 'fair_share',
            action: 'lowered',
            commandState: 'answered',
            ocppStatus: 'Accepted',
          },
          {
            sessionId: SESSION_B,
            stationId: STATION_ID,
            connectorId: 2,
            previousW: null,
            allocatedW: 15_000,
            reason: 'fair_share',
            action: 'lowered',
            commandState: 'answered',
            ocppStatus: 'Accepted',
          },
        ],
        totalEnforcedW: 30_000,
      },
    },
  }),
];
