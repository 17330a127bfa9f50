/**
 * OCPP 1.6 charging profile shapes (csChargingProfiles in SetChargingProfile), mirroring the
 * JSON schema that strictMode enforces. Dependency-free so the smart-charging module can move.
 */

export type ChargingRateUnit = 'A' | 'W';
export type ChargingProfilePurpose = 'ChargePointMaxProfile' | 'TxDefaultProfile' | 'TxProfile';
export type ChargingProfileKind = 'Absolute' | 'Recurring' | 'Relative';
export type RecurrencyKind = 'Daily' | 'Weekly';

export interface ChargingSchedulePeriod {
  /** Seconds from the start of the schedule. */
  startPeriod: number;
  limit: number;
  numberPhases?: number;
}

export interface ChargingSchedule {
  /** Seconds; absent means the last period lasts indefinitely. */
  duration?: number;
  startSchedule?: string;
  chargingRateUnit: ChargingRateUnit;
  chargingSchedulePeriod: ChargingSchedulePeriod[];
  minChargingRate?: number;
}

export interface ChargingProfile {
  chargingProfileId: number;
  transactionId?: number;
  stackLevel: number;
  chargingProfilePurpose: ChargingProfilePurpose;
  chargingProfileKind: ChargingProfileKind;
  recurrencyKind?: RecurrencyKind;
  validFrom?: string;
  validTo?: string;
  chargingSchedule: ChargingSchedule;
}

/** A profile as the charge point holds it: on a connector, or on 0 for the whole station. */
export interface InstalledProfile {
  connectorId: number;
  profile: ChargingProfile;
}
