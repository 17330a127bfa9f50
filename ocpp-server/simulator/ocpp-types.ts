import type {
  AuthorizeRequest,
  AuthorizeResponse,
  BootNotificationRequest,
  BootNotificationResponse,
  DataTransferRequest,
  DataTransferResponse,
  DiagnosticsStatusNotificationRequest,
  DiagnosticsStatusNotificationResponse,
  FirmwareStatusNotificationRequest,
  FirmwareStatusNotificationResponse,
  HeartbeatRequest,
  HeartbeatResponse,
  IdTagInfo,
  MeterValuesRequest,
  MeterValuesResponse,
  SampledValue,
  StartTransactionRequest,
  StartTransactionResponse,
  StatusNotificationRequest,
  StatusNotificationResponse,
  StopTransactionRequest,
  StopTransactionResponse,
} from '@/ocpp-server/ocpp16-types';
import type {
  ChargingProfile,
  ChargingProfilePurpose,
  ChargingRateUnit,
  ChargingSchedule,
} from './smart-charging/charging-profile';

export type {
  AuthorizationStatus,
  ChargePointErrorCode,
  ChargePointStatus,
  IdTagInfo,
  MeterValue,
  SampledValue,
  StopReason,
} from '@/ocpp-server/ocpp16-types';

/**
 * The charge point's side of OCPP 1.6J. The charge point → CSMS payloads are the server's own
 * types; the CSMS → charge point ones below mirror the JSON schemas bundled in ocpp-rpc
 * (lib/schemas/ocpp1_6.json), which strictMode enforces at runtime.
 */

export type RegistrationStatus = BootNotificationResponse['status'];
export type FirmwareStatus = FirmwareStatusNotificationRequest['status'];
export type DiagnosticsStatus = DiagnosticsStatusNotificationRequest['status'];
export type ReadingContext = NonNullable<SampledValue['context']>;

/** The measurands this simulator can produce. */
export type SimulatedMeasurand = Extract<
  NonNullable<SampledValue['measurand']>,
  'Energy.Active.Import.Register' | 'Power.Active.Import' | 'Current.Import' | 'SoC'
>;

/** Calls the charge point makes: method → [request, response]. */
export interface OutboundCalls {
  BootNotification: [BootNotificationRequest, BootNotificationResponse];
  Heartbeat: [HeartbeatRequest, HeartbeatResponse];
  StatusNotification: [StatusNotificationRequest, StatusNotificationResponse];
  Authorize: [AuthorizeRequest, AuthorizeResponse];
  StartTransaction: [StartTransactionRequest, StartTransactionResponse];
  StopTransaction: [StopTransactionRequest, StopTransactionResponse];
  MeterValues: [MeterValuesRequest, MeterValuesResponse];
  FirmwareStatusNotification: [
    FirmwareStatusNotificationRequest,
    FirmwareStatusNotificationResponse,
  ];
  DiagnosticsStatusNotification: [
    DiagnosticsStatusNotificationRequest,
    DiagnosticsStatusNotificationResponse,
  ];
}

export type OutboundMethod = keyof OutboundCalls;

/** Calls the CSMS makes that the simulator answers: method → [request, response]. */
export interface InboundCalls {
  RemoteStartTransaction: [
    { idTag: string; connectorId?: number; chargingProfile?: ChargingProfile },
    { status: 'Accepted' | 'Rejected' },
  ];
  RemoteStopTransaction: [{ transactionId: number }, { status: 'Accepted' | 'Rejected' }];
  UnlockConnector: [
    { connectorId: number },
    { status: 'Unlocked' | 'UnlockFailed' | 'NotSupported' },
  ];
  Reset: [{ type: 'Hard' | 'Soft' }, { status: 'Accepted' | 'Rejected' }];
  ChangeAvailability: [
    { connectorId: number; type: 'Inoperative' | 'Operative' },
    { status: 'Accepted' | 'Rejected' | 'Scheduled' },
  ];
  GetConfiguration: [
    { key?: string[] },
    {
      configurationKey?: { key: string; readonly: boolean; value?: string }[];
      unknownKey?: string[];
    },
  ];
  ChangeConfiguration: [
    { key: string; value: string },
    { status: 'Accepted' | 'Rejected' | 'RebootRequired' | 'NotSupported' },
  ];
  TriggerMessage: [
    {
      requestedMessage:
        | 'BootNotification'
        | 'DiagnosticsStatusNotification'
        | 'FirmwareStatusNotification'
        | 'Heartbeat'
        | 'MeterValues'
        | 'StatusNotification';
      connectorId?: number;
    },
    { status: 'Accepted' | 'Rejected' | 'NotImplemented' },
  ];
  ClearCache: [Record<string, never>, { status: 'Accepted' | 'Rejected' }];
  DataTransfer: [DataTransferRequest, DataTransferResponse];
  ReserveNow: [
    {
      connectorId: number;
      expiryDate: string;
      idTag: string;
      parentIdTag?: string;
      reservationId: number;
    },
    { status: 'Accepted' | 'Faulted' | 'Occupied' | 'Rejected' | 'Unavailable' },
  ];
  CancelReservation: [{ reservationId: number }, { status: 'Accepted' | 'Rejected' }];
  SendLocalList: [
    {
      listVersion: number;
      updateType: 'Differential' | 'Full';
      localAuthorizationList?: { idTag: string; idTagInfo?: IdTagInfo }[];
    },
    { status: 'Accepted' | 'Failed' | 'NotSupported' | 'VersionMismatch' },
  ];
  GetLocalListVersion: [Record<string, never>, { listVersion: number }];
  UpdateFirmware: [
    { location: string; retrieveDate: string; retries?: number; retryInterval?: number },
    Record<string, never>,
  ];
  GetDiagnostics: [
    {
      location: string;
      retries?: number;
      retryInterval?: number;
      startTime?: string;
      stopTime?: string;
    },
    { fileName?: string },
  ];
  SetChargingProfile: [
    { connectorId: number; csChargingProfiles: ChargingProfile },
    { status: 'Accepted' | 'Rejected' | 'NotSupported' },
  ];
  ClearChargingProfile: [
    {
      id?: number;
      connectorId?: number;
      chargingProfilePurpose?: ChargingProfilePurpose;
      stackLevel?: number;
    },
    { status: 'Accepted' | 'Unknown' },
  ];
  GetCompositeSchedule: [
    { connectorId: number; duration: number; chargingRateUnit?: ChargingRateUnit },
    {
      status: 'Accepted' | 'Rejected';
      connectorId?: number;
      scheduleStart?: string;
      chargingSchedule?: ChargingSchedule;
    },
  ];
}

export type InboundMethod = keyof InboundCalls;
