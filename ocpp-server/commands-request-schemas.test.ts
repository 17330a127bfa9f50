import { describe, expect, it } from 'vitest';
import { SAMPLE_REQUESTS } from './command-samples';
import { ocpp16Validator } from './strict-validator';
import { COMMAND_ACTIONS, type CommandAction } from '@/lib/commands/command-actions';
import { ZCommandRequests } from '@/lib/commands/command-requests';

/** What ocpp-rpc's strict mode says about an outbound call (its bundled OCPP 1.6 schemas). */
function ocppAccepts(action: CommandAction, request: unknown): boolean {
  try {
    return ocpp16Validator.validate(`urn:${action}.req`, request) === true;
  } catch {
    return false;
  }
}

const zodAccepts = (action: CommandAction, request: unknown) =>
  ZCommandRequests[action].safeParse(request).success;

/** Requests the OCPP schemas refuse: each must be refused before it reaches the socket. */
const INVALID: [CommandAction, unknown][] = [
  ['RemoteStartTransaction', {}],
  ['RemoteStartTransaction', { idTag: 'X'.repeat(21) }],
  ['RemoteStartTransaction', { idTag: 'A', extra: true }],
  ['RemoteStopTransaction', { transactionId: 1.5 }],
  ['Reset', { type: 'Warm' }],
  ['ChangeAvailability', { connectorId: '1', type: 'Operative' }],
  ['GetConfiguration', { key: ['K'.repeat(51)] }],
  ['ChangeConfiguration', { key: 'HeartbeatInterval' }],
  ['ChangeConfiguration', { key: 'K', value: 'v'.repeat(501) }],
  ['ClearCache', { now: true }],
  ['DataTransfer', { messageId: 'x' }],
  ['UpdateFirmware', { location: 'not a uri', retrieveDate: '2030-01-01T00:00:00Z' }],
  ['UpdateFirmware', { location: 'https://x.example', retrieveDate: 'tomorrow' }],
  ['GetDiagnostics', { location: 'ftp://x.example', startTime: '2030-01-01' }],
  ['SendLocalList', { listVersion: 1 }],
  [
    'SendLocalList',
    { listVersion: 1, updateType: 'Full', localAuthorizationList: [{ idTag: 'A', idTagInfo: {} }] },
  ],
  ['ReserveNow', { connectorId: 1, idTag: 'A', reservationId: 1 }],
  ['CancelReservation', {}],
  ['TriggerMessage', { requestedMessage: 'StartTransaction' }],
  ['SetChargingProfile', { connectorId: 1 }],
  [
    'SetChargingProfile',
    {
      connectorId: 1,
      csChargingProfiles: {
        ...SAMPLE_REQUESTS.SetChargingProfile.csChargingProfiles,
        chargingSchedule: {
          chargingRateUnit: 'A',
          chargingSchedulePeriod: [{ startPeriod: 0, limit: 16.55 }],
        },
      },
    },
  ],
  ['ClearChargingProfile', { chargingProfilePurpose: 'Everything' }],
  ['GetCompositeSchedule', { connectorId: 1 }],
];

describe('command request schemas mirror the OCPP 1.6 JSON schemas', () => {
  it.each(COMMAND_ACTIONS)('%s: the sample request passes both', (action) => {
    const request =
      action === 'ReserveNow'
        ? { ...SAMPLE_REQUESTS.ReserveNow, reservationId: 1 }
        : SAMPLE_REQUESTS[action];
    expect(zodAccepts(action, request)).toBe(true);
    expect(ocppAccepts(action, request)).toBe(true);
  });

  it.each(INVALID)('%s %j: refused by both', (action, request) => {
    expect(ocppAccepts(action, request)).toBe(false);
    expect(zodAccepts(action, request)).toBe(false);
  });

  it('explains a refusal by field', () => {
    const result = ZCommandRequests.UpdateFirmware.safeParse({
      location: 'nope',
      retrieveDate: 'soon',
    });
    expect(result.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      ['location', 'must be a URI, e.g. ftp://files.example.com/'],
      ['retrieveDate', 'must be an ISO 8601 date-time with a time zone, e.g. 2025-06-01T10:00:00Z'],
    ]);
  });
});
