import type {
  TChargingProfile as ChargingProfile,
  TChargingProfilePurpose as ChargingProfilePurpose,
  TInstalledProfile as InstalledProfile,
} from '@/lib/smart-charging/charging-profile';

export interface ProfileFilter {
  id?: number;
  connectorId?: number;
  chargingProfilePurpose?: ChargingProfilePurpose;
  stackLevel?: number;
}

/**
 * The charging profiles installed on a charge point. A new profile replaces one with the same
 * chargingProfileId, or with the same purpose and stackLevel on the same connector
 * (OCPP 1.6 section 5.16.2). Profiles survive reboots, as on a real charger.
 */
export class ChargingProfileStore {
  private installed: InstalledProfile[] = [];

  get all(): readonly InstalledProfile[] {
    return this.installed;
  }

  get size(): number {
    return this.installed.length;
  }

  /** Whether `profile` would replace an installed one rather than add to them. */
  replacesExisting(connectorId: number, profile: ChargingProfile): boolean {
    return this.installed.some((existing) => isReplacedBy(existing, connectorId, profile));
  }

  install(connectorId: number, profile: ChargingProfile): void {
    this.installed = this.installed.filter(
      (existing) => !isReplacedBy(existing, connectorId, profile),
    );
    this.installed.push({ connectorId, profile });
  }

  /** Removes the profiles matching every given filter; returns how many were removed. */
  clear(filter: ProfileFilter): number {
    const before = this.installed.length;
    this.installed = this.installed.filter((installed) => !matches(installed, filter));
    return before - this.installed.length;
  }

  /** A TxProfile lives only as long as its transaction (section 3.13.3). */
  endTransaction(transactionId: number): void {
    this.installed = this.installed.filter(
      ({ profile }) =>
        profile.chargingProfilePurpose !== 'TxProfile' || profile.transactionId !== transactionId,
    );
  }
}

function isReplacedBy(
  existing: InstalledProfile,
  connectorId: number,
  profile: ChargingProfile,
): boolean {
  if (existing.profile.chargingProfileId === profile.chargingProfileId) return true;
  return (
    existing.connectorId === connectorId &&
    existing.profile.chargingProfilePurpose === profile.chargingProfilePurpose &&
    existing.profile.stackLevel === profile.stackLevel
  );
}

function matches({ connectorId, profile }: InstalledProfile, filter: ProfileFilter): boolean {
  return (
    (filter.id === undefined || profile.chargingProfileId === filter.id) &&
    (filter.connectorId === undefined || connectorId === filter.connectorId) &&
    (filter.chargingProfilePurpose === undefined ||
      profile.chargingProfilePurpose === filter.chargingProfilePurpose) &&
    (filter.stackLevel === undefined || profile.stackLevel === filter.stackLevel)
  );
}
