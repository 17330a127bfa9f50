import { z } from 'zod';

/**
 * Building blocks shared by several OCPP 1.6 messages, mirroring the JSON schemas bundled with
 * ocpp-rpc (node_modules/ocpp-rpc/lib/schemas/ocpp1_6.json).
 */

export const ZOcppDateTime = z.iso.datetime({
  offset: true,
  error: 'must be an ISO 8601 date-time with a time zone, e.g. 2025-06-01T10:00:00Z',
});

export const ZOcppUri = z.url({ error: 'must be a URI, e.g. ftp://files.example.com/' });

export const ZOcppInteger = z.int({ error: 'must be an integer' });

/** Connector 0 means the charge point as a whole. */
export const ZConnectorId = ZOcppInteger.nonnegative({ error: 'must be 0 or a connector number' });

export function ZCiString(maxLength: number) {
  return z
    .string({ error: 'must be a string' })
    .max(maxLength, { error: `must be at most ${maxLength} characters` });
}

export const ZIdToken = ZCiString(20).min(1, { error: 'must not be empty' });

/** OCPP multipleOf 0.1, with the same tolerance as ocpp-rpc's validator. */
const ZTenths = z
  .number({ error: 'must be a number' })
  .refine((value) => Math.abs(Math.round(value * 10) - value * 10) < 1e-6, {
    error: 'must have at most one decimal',
  });

export const ZChargingRateUnit = z.enum(['A', 'W']);
export const ZChargingProfilePurpose = z.enum([
  'ChargePointMaxProfile',
  'TxDefaultProfile',
  'TxProfile',
]);
export const ZChargingProfileKind = z.enum(['Absolute', 'Recurring', 'Relative']);

export const ZChargingSchedulePeriod = z.strictObject({
  startPeriod: ZOcppInteger,
  limit: ZTenths,
  numberPhases: ZOcppInteger.optional(),
});

export const ZChargingSchedule = z.strictObject({
  duration: ZOcppInteger.optional(),
  startSchedule: ZOcppDateTime.optional(),
  chargingRateUnit: ZChargingRateUnit,
  chargingSchedulePeriod: z.array(ZChargingSchedulePeriod),
  minChargingRate: ZTenths.optional(),
});

export const ZChargingProfile = z.strictObject({
  chargingProfileId: ZOcppInteger,
  transactionId: ZOcppInteger.optional(),
  stackLevel: ZOcppInteger,
  chargingProfilePurpose: ZChargingProfilePurpose,
  chargingProfileKind: ZChargingProfileKind,
  recurrencyKind: z.enum(['Daily', 'Weekly']).optional(),
  validFrom: ZOcppDateTime.optional(),
  validTo: ZOcppDateTime.optional(),
  chargingSchedule: ZChargingSchedule,
});
export type TChargingProfile = z.infer<typeof ZChargingProfile>;

export const ZAuthorizationStatus = z.enum([
  'Accepted',
  'Blocked',
  'Expired',
  'Invalid',
  'ConcurrentTx',
]);
