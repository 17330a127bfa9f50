import type { CommandAction } from '@/lib/commands/command-actions';
import type { TCommandRequest } from '@/lib/commands/command-requests';

/** A valid request for every action (ReserveNow leaves its id to the service). */
export const SAMPLE_REQUESTS: { [A in CommandAction]: TCommandRequest<A> } = {
  RemoteStartTransaction: { idTag: 'TAG-REMOTE', connectorId: 1 },
  RemoteStopTransaction: { transactionId: 4242 },
  UnlockConnector: { connectorId: 1 },
  Reset: { type: 'Soft' },
  ChangeAvailability: { connectorId: 1, type: 'Inoperative' },
  GetConfiguration: {},
  ChangeConfiguration: { key: 'ConnectionTimeOut', value: '120' },
  ClearCache: {},
  DataTransfer: { vendorId: 'com.example', messageId: 'Ping', data: 'hello' },
  UpdateFirmware: {
    location: 'https://firmware.example.com/v2.bin',
    retrieveDate: '2030-01-01T00:00:00Z',
  },
  GetDiagnostics: { location: 'ftp://diagnostics.example.com/upload/' },
  SendLocalList: {
    listVersion: 3,
    updateType: 'Full',
    localAuthorizationList: [{ idTag: 'TAG-LOCAL', idTagInfo: { status: 'Accepted' } }],
  },
  GetLocalListVersion: {},
  ReserveNow: { connectorId: 1, expiryDate: '2030-01-01T12:00:00Z', idTag: 'TAG-RESERVE' },
  CancelReservation: { reservationId: 999_999 },
  TriggerMessage: { requestedMessage: 'Heartbeat' },
  SetChargingProfile: {
    connectorId: 1,
    csChargingProfiles: {
      chargingProfileId: 11,
      stackLevel: 1,
      chargingProfilePurpose: 'TxDefaultProfile',
      chargingProfileKind: 'Absolute',
      chargingSchedule: {
        chargingRateUnit: 'A',
        startSchedule: '2030-01-01T00:00:00Z',
        chargingSchedulePeriod: [{ startPeriod: 0, limit: 16.5 }],
      },
    },
  },
  ClearChargingProfile: {},
  GetCompositeSchedule: { connectorId: 1, duration: 3600 },
};
