import { z } from 'zod';
import type { CommandAction } from './command-actions';
import {
  ZAuthorizationStatus,
  ZChargingProfile,
  ZChargingProfilePurpose,
  ZChargingRateUnit,
  ZCiString,
  ZConnectorId,
  ZIdToken,
  ZOcppDateTime,
  ZOcppInteger,
  ZOcppUri,
} from './ocpp-types';

const ZPositiveConnectorId = ZOcppInteger.positive({
  error: 'must be a connector number (1 or more)',
});

const ZEmpty = z.strictObject({});

/**
 * One request schema per action, mirroring the OCPP 1.6 JSON schemas (unknown fields are
 * refused, as `additionalProperties: false` does) with a few constraints the specification
 * states in prose (connector numbers, non-empty id tags).
 */
export const ZCommandRequests = {
  RemoteStartTransaction: z.strictObject({
    connectorId: ZPositiveConnectorId.optional(),
    idTag: ZIdToken,
    chargingProfile: ZChargingProfile.optional(),
  }),
  RemoteStopTransaction: z.strictObject({ transactionId: ZOcppInteger }),
  UnlockConnector: z.strictObject({ connectorId: ZPositiveConnectorId }),
  Reset: z.strictObject({ type: z.enum(['Hard', 'Soft']) }),
  ChangeAvailability: z.strictObject({
    connectorId: ZConnectorId,
    type: z.enum(['Inoperative', 'Operative']),
  }),
  GetConfiguration: z.strictObject({ key: z.array(ZCiString(50)).optional() }),
  ChangeConfiguration: z.strictObject({
    key: ZCiString(50).min(1, { error: 'must not be empty' }),
    value: ZCiString(500),
  }),
  ClearCache: ZEmpty,
  DataTransfer: z.strictObject({
    vendorId: ZCiString(255).min(1, { error: 'must not be empty' }),
    messageId: ZCiString(50).optional(),
    data: z.string().optional(),
  }),
  UpdateFirmware: z.strictObject({
    location: ZOcppUri,
    retries: ZOcppInteger.nonnegative().optional(),
    retrieveDate: ZOcppDateTime,
    retryInterval: ZOcppInteger.nonnegative().optional(),
  }),
  GetDiagnostics: z.strictObject({
    location: ZOcppUri,
    retries: ZOcppInteger.nonnegative().optional(),
    retryInterval: ZOcppInteger.nonnegative().optional(),
    startTime: ZOcppDateTime.optional(),
    stopTime: ZOcppDateTime.optional(),
  }),
  SendLocalList: z.strictObject({
    listVersion: ZOcppInteger,
    localAuthorizationList: z
      .array(
        z.strictObject({
          idTag: ZIdToken,
          idTagInfo: z
            .strictObject({
              expiryDate: ZOcppDateTime.optional(),
              parentIdTag: ZIdToken.optional(),
              status: ZAuthorizationStatus,
            })
            .optional(),
        }),
      )
      .optional(),
    updateType: z.enum(['Differential', 'Full']),
  }),
  GetLocalListVersion: ZEmpty,
  ReserveNow: z.strictObject({
    connectorId: ZConnectorId,
    expiryDate: ZOcppDateTime,
    idTag: ZIdToken,
    parentIdTag: ZIdToken.optional(),
    /**
     * Optional here, unlike in OCPP: the command service allocates a new one. Give the id of an
     * existing reservation of the same station to replace it.
     */
    reservationId: ZOcppInteger.optional(),
  }),
  CancelReservation: z.strictObject({ reservationId: ZOcppInteger }),
  TriggerMessage: z.strictObject({
    requestedMessage: z.enum([
      'BootNotification',
      'DiagnosticsStatusNotification',
      'FirmwareStatusNotification',
      'Heartbeat',
      'MeterValues',
      'StatusNotification',
    ]),
    connectorId: ZConnectorId.optional(),
  }),
  SetChargingProfile: z.strictObject({
    connectorId: ZConnectorId,
    csChargingProfiles: ZChargingProfile,
  }),
  ClearChargingProfile: z.strictObject({
    id: ZOcppInteger.optional(),
    connectorId: ZConnectorId.optional(),
    chargingProfilePurpose: ZChargingProfilePurpose.optional(),
    stackLevel: ZOcppInteger.optional(),
  }),
  GetCompositeSchedule: z.strictObject({
    connectorId: ZConnectorId,
    duration: ZOcppInteger.nonnegative({ error: 'must be a number of seconds' }),
    chargingRateUnit: ZChargingRateUnit.optional(),
  }),
} satisfies { [A in CommandAction]: z.ZodType };

export type TCommandRequest<A extends CommandAction> = z.infer<(typeof ZCommandRequests)[A]>;
