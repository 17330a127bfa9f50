import { z } from 'zod';
import type { CommandAction } from './command-actions';
import { ZChargingSchedule, ZCiString, ZOcppDateTime, ZOcppInteger } from './ocpp-types';

const status = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.object({ status: z.enum(values) });
const ZAcceptedOrRejected = status(['Accepted', 'Rejected']);

/**
 * The charger's answers (CALLRESULT payloads), mirroring the OCPP 1.6 JSON schemas. ocpp-rpc's
 * strict mode has validated every answer before it is stored; effects parse them again for
 * their types.
 */
export const ZCommandResponses = {
  RemoteStartTransaction: ZAcceptedOrRejected,
  RemoteStopTransaction: ZAcceptedOrRejected,
  UnlockConnector: status(['Unlocked', 'UnlockFailed', 'NotSupported']),
  Reset: ZAcceptedOrRejected,
  ChangeAvailability: status(['Accepted', 'Rejected', 'Scheduled']),
  GetConfiguration: z.object({
    configurationKey: z
      .array(z.object({ key: ZCiString(50), readonly: z.boolean(), value: z.string().optional() }))
      .optional(),
    unknownKey: z.array(z.string()).optional(),
  }),
  ChangeConfiguration: status(['Accepted', 'Rejected', 'RebootRequired', 'NotSupported']),
  ClearCache: ZAcceptedOrRejected,
  DataTransfer: z.object({
    status: z.enum(['Accepted', 'Rejected', 'UnknownMessageId', 'UnknownVendorId']),
    data: z.string().optional(),
  }),
  UpdateFirmware: z.object({}),
  GetDiagnostics: z.object({ fileName: z.string().optional() }),
  SendLocalList: status(['Accepted', 'Failed', 'NotSupported', 'VersionMismatch']),
  GetLocalListVersion: z.object({ listVersion: ZOcppInteger }),
  ReserveNow: status(['Accepted', 'Faulted', 'Occupied', 'Rejected', 'Unavailable']),
  CancelReservation: ZAcceptedOrRejected,
  TriggerMessage: status(['Accepted', 'Rejected', 'NotImplemented']),
  SetChargingProfile: status(['Accepted', 'Rejected', 'NotSupported']),
  ClearChargingProfile: status(['Accepted', 'Unknown']),
  GetCompositeSchedule: z.object({
    status: z.enum(['Accepted', 'Rejected']),
    connectorId: ZOcppInteger.optional(),
    scheduleStart: ZOcppDateTime.optional(),
    chargingSchedule: ZChargingSchedule.optional(),
  }),
} satisfies { [A in CommandAction]: z.ZodType };

export type TCommandResponse<A extends CommandAction> = z.infer<(typeof ZCommandResponses)[A]>;

/** The charger's own status field, for the answers that have one. */
export function ocppStatusOf(response: unknown): string | null {
  if (typeof response !== 'object' || response === null || !('status' in response)) return null;
  return typeof response.status === 'string' ? response.status : null;
}
