import type {
  AuthorizeRequest,
  AuthorizeResponse,
  BootNotificationRequest,
  BootNotificationResponse,
  DiagnosticsStatusNotificationRequest,
  DiagnosticsStatusNotificationResponse,
  FirmwareStatusNotificationRequest,
  FirmwareStatusNotificationResponse,
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
import type { CommandAction } from '@/lib/commands/command-actions';
import type { TCommandRequest } from '@/lib/commands/command-requests';
import type { TCommandResponse } from '@/lib/commands/command-responses';

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

/**
 * Calls the CSMS makes that the simulator answers: method → [request, response], from the same
 * zod schemas the command service validates with (tested against ocpp-rpc's 1.6 validator).
 * On the wire a ReserveNow always carries its id; the service allocates it when a caller omits it.
 */
export type InboundCalls = {
  [A in Exclude<CommandAction, 'ReserveNow'>]: [TCommandRequest<A>, TCommandResponse<A>];
} & {
  ReserveNow: [
    TCommandRequest<'ReserveNow'> & { reservationId: number },
    TCommandResponse<'ReserveNow'>,
  ];
};

export type InboundMethod = keyof InboundCalls;
