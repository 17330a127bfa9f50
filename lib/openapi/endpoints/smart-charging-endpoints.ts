import type { TCommandResult } from '@/lib/api/command-result';
import { ZIdParams } from '@/lib/api/id-params';
import type { TChargingProfile } from '@/lib/smart-charging/charging-profile';
import {
  ZBulkChargingProfileRequest,
  ZChargingProfilesQuery,
  ZClearChargingProfilesQuery,
  ZCompositeScheduleQuery,
  ZSetChargingProfileRequest,
} from '@/lib/smart-charging/profile-requests';
import { ZScenarioRequest } from '@/lib/smart-charging/scenarios';
import { defineEndpoint, type TEndpoint } from '../endpoint';
import {
  ZBulkChargingProfileResult,
  ZChargingProfileResult,
  ZChargingProfilesResponse,
  ZClearChargingProfilesResult,
  ZCompositeScheduleResult,
} from '../schemas/smart-charging';
import { EXAMPLE_STATION_ID } from './examples';

const operator = { kind: 'session-or-bearer', role: 'operator' } as const;
const tag = 'Smart charging';
const AT = '2026-03-01T10:00:00.000Z';
const COMMAND_ID = '7b8c9d0e-1f2a-4b3c-8d4e-5f6a7b8c9d0e';
const accepted: TCommandResult = {
  commandId: COMMAND_ID,
  state: 'answered',
  ocppStatus: 'Accepted',
  error: null,
};
const commandErrors = [
  'not_found',
  'conflict',
  'charger_rejected',
  'charger_offline',
  'charger_timeout',
] as const;

const PEAK_SHAVING_PROFILE: TChargingProfile = {
  chargingProfileId: 1,
  stackLevel: 4,
  chargingProfilePurpose: 'TxDefaultProfile',
  chargingProfileKind: 'Absolute',
  chargingSchedule: {
    startSchedule: AT,
    chargingRateUnit: 'W',
    chargingSchedulePeriod: [{ startPeriod: 0, limit: 7400 }],
  },
};

export const smartChargingEndpoints: TEndpoint[] = [
  defineEndpoint({
    method: 'GET',
    path: '/api/v1/stations/{id}/charging-profiles',
    operationId: 'listStationChargingProfiles',
    tag,
    summary: 'Installed charging profiles, or their history',
    description:
      'The charging profiles installed on the station now, by connector and stack level. With `history=true`: every SetChargingProfile ever sent, whatever the charger answered, newest first, with who sent it, the answer and when it was cleared (filter by `connectorId`; cursor-paginated).',
    auth: operator,
    params: ZIdParams,
    query: ZChargingProfilesQuery,
    response: {
      description: 'The active profiles (`{ items }`) or one page of history.',
      schema: ZChargingProfilesResponse,
      example: {
        items: [
          {
            commandId: COMMAND_ID,
            connectorId: 1,
            profile: PEAK_SHAVING_PROFILE,
            setBy: {
              id: '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d',
              name: 'Olga Operator',
              email: 'olga@example.com',
            },
            setAt: AT,
            answer: accepted,
            status: 'Active',
            clearedAt: null,
          },
        ],
        nextCursor: null,
      },
    },
  }),
  defineEndpoint({
    method: 'POST',
    path: '/api/v1/stations/{id}/charging-profiles',
    operationId: 'setStationChargingProfile',
    tag,
    summary: 'Send a charging profile',
    description:
      'Checks the OCPP 1.6 profile against the rules (periods ascending from 0, a TxProfile needs a running transaction, ChargePointMaxProfile only on connector 0, Recurring needs startSchedule, limits within the connector’s rating; 422 with the field paths) and sends SetChargingProfile. 200 only when the charger answers Accepted; Rejected, NotSupported or a CALLERROR is 502 with the answer in `details`.',
    auth: operator,
    params: ZIdParams,
    body: ZSetChargingProfileRequest,
    response: {
      description: 'The charger accepted the profile.',
      schema: ZChargingProfileResult,
      example: { command: accepted, profile: PEAK_SHAVING_PROFILE },
    },
    errors: commandErrors,
  }),
  defineEndpoint({
    method: 'DELETE',
    path: '/api/v1/stations/{id}/charging-profiles',
    operationId: 'clearStationChargingProfiles',
    tag,
    summary: 'Clear charging profiles',
    description:
      'Sends ClearChargingProfile. The filters combine by AND; none clears every profile on the station. A charger that holds no matching profile answers Unknown: 404 with the command in `details`.',
    auth: operator,
    params: ZIdParams,
    query: ZClearChargingProfilesQuery,
    response: {
      description: 'The charger cleared the matching profiles.',
      schema: ZClearChargingProfilesResult,
      example: { command: accepted },
    },
    errors: commandErrors,
  }),
  defineEndpoint({
    method: 'GET',
    path: '/api/v1/stations/{id}/composite-schedule',
    operationId: 'getStationCompositeSchedule',
    tag,
    summary: 'Composite schedule',
    description:
      'What a connector (0: the station) may draw from now for `duration` seconds. `source=local` computes it from the profiles the charger accepted by the OCPP 1.6 rules; `source=station` sends GetCompositeSchedule and returns the charger’s own answer, in the same shape, so the two can be compared.',
    auth: operator,
    params: ZIdParams,
    query: ZCompositeScheduleQuery,
    response: {
      description: 'The composite schedule.',
      schema: ZCompositeScheduleResult,
      example: {
        source: 'local',
        connectorId: 1,
        scheduleStart: AT,
        chargingSchedule: {
          duration: 86400,
          startSchedule: AT,
          chargingRateUnit: 'W',
          chargingSchedulePeriod: [
            { startPeriod: 0, limit: 7400 },
            { startPeriod: 28800, limit: 22000 },
          ],
        },
      },
    },
    errors: commandErrors,
  }),
  defineEndpoint({
    method: 'POST',
    path: '/api/v1/stations/{id}/charging-profiles/scenarios',
    operationId: 'applyChargingScenario',
    tag,
    summary: 'Apply a smart-charging scenario',
    description:
      'Generates a ready profile and sends it: `peak_shaving` (a constant cap; connector 0 caps the station), `time_of_use` (daily recurring in the site’s time zone: peakW between the hours, offPeakW otherwise) or `energy_cap` (a TxProfile delivering at most maxEnergyWh). An unknown scenario or a missing parameter is 422 naming it. The outcomes are those of sending a profile.',
    auth: operator,
    params: ZIdParams,
    body: ZScenarioRequest,
    response: {
      description: 'The charger accepted the generated profile.',
      schema: ZChargingProfileResult,
      example: { command: accepted, profile: PEAK_SHAVING_PROFILE },
    },
    errors: commandErrors,
  }),
  defineEndpoint({
    method: 'POST',
    path: '/api/v1/charging-profiles/bulk',
    operationId: 'applyChargingProfileInBulk',
    tag,
    summary: 'Send a profile or scenario to many stations',
    description:
      'One profile (with `connectorId`) or one scenario to every station in `stationIds` or at `siteId` (exactly one of each pair), a few at a time: emergency load shedding. Always 200 once the request is valid: each station has its own result with the status a single call would have answered.',
    auth: operator,
    body: ZBulkChargingProfileRequest,
    response: {
      description: 'A result per station.',
      schema: ZBulkChargingProfileResult,
      example: {
        results: [
          {
            stationId: EXAMPLE_STATION_ID,
            identity: 'CP-HARBOUR-1',
            ok: true,
            status: 200,
            ocppStatus: 'Accepted',
            profile: PEAK_SHAVING_PROFILE,
          },
          {
            stationId: '5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d',
            identity: 'CP-HARBOUR-2',
            ok: false,
            status: 503,
            ocppStatus: null,
            error: { code: 'charger_offline', message: 'The charger is offline' },
          },
        ],
        summary: { accepted: 1, failed: 1 },
      },
    },
    errors: ['not_found'],
  }),
];
