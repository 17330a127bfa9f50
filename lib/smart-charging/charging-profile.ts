import { z } from 'zod';
import {
  ZChargingProfile,
  ZChargingProfileKind,
  ZChargingProfilePurpose,
  ZChargingRateUnit,
  ZChargingSchedule,
  ZChargingSchedulePeriod,
  ZConnectorId,
} from '@/lib/commands/ocpp-types';

/**
 * OCPP 1.6 ChargingProfile (csChargingProfiles of SetChargingProfile). The schemas are the
 * ones the command service validates SetChargingProfile with, so the engine, the CSMS and the
 * simulator agree on one shape.
 */

export {
  ZChargingProfile,
  ZChargingProfileKind,
  ZChargingProfilePurpose,
  ZChargingRateUnit,
  ZChargingSchedule,
  ZChargingSchedulePeriod,
};

export type TChargingProfile = z.infer<typeof ZChargingProfile>;
export type TChargingProfileKind = z.infer<typeof ZChargingProfileKind>;
export type TChargingProfilePurpose = z.infer<typeof ZChargingProfilePurpose>;
export type TChargingRateUnit = z.infer<typeof ZChargingRateUnit>;
export type TChargingSchedule = z.infer<typeof ZChargingSchedule>;
export type TChargingSchedulePeriod = z.infer<typeof ZChargingSchedulePeriod>;
export type TRecurrencyKind = NonNullable<TChargingProfile['recurrencyKind']>;

/** A profile as a charge point holds it: on a connector, or on 0 for the whole station. */
export const ZInstalledProfile = z.strictObject({
  connectorId: ZConnectorId,
  profile: ZChargingProfile,
});
export type TInstalledProfile = z.infer<typeof ZInstalledProfile>;
