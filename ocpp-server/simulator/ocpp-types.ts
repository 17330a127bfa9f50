import type {
  AuthorizeRequest,
  AuthorizeResponse,
  BootNotificationRequest,
  BootNotificationResponse,
  DataTransferRequest,
  DataTransferResponse,
  HeartbeatRequest,
  HeartbeatResponse,
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

export type {
  AuthorizationStatus,
  ChargePointErrorCode,
  ChargePointStatus,
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
}

export type OutboundMethod = keyof OutboundCalls;

/** Calls the CSMS makes that the simulator answers: method → [request, response]. */
export interface InboundCalls {
  RemoteStartTransaction: [
    { idTag: string; connectorId?: number; chargingProfile?: unknown },
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
}

export type InboundMethod = keyof InboundCalls;
