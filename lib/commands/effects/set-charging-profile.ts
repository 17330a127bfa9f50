import { and, eq, or } from 'drizzle-orm';
import { chargingProfiles } from '@/db/schema';
import { markProfilesCleared } from '@/lib/smart-charging/mark-profiles-cleared';
import type { CommandEffect } from './command-effect';

/**
 * OCPP 1.6 (3.13.2): an accepted profile replaces the one with the same chargingProfileId, and
 * the one with the same stackLevel and purpose on the same connector. Those stay as history.
 */
export const setChargingProfile: CommandEffect<'SetChargingProfile'> = {
  async onAnswer({ tx, stationId, commandId, requestedBy, request, response }) {
    if (response.status !== 'Accepted') return;
    const { connectorId, csChargingProfiles: profile } = request;
    await markProfilesCleared(
      tx,
      stationId,
      or(
        eq(chargingProfiles.chargingProfileId, profile.chargingProfileId),
        and(
          eq(chargingProfiles.connectorId, connectorId),
          eq(chargingProfiles.stackLevel, profile.stackLevel),
          eq(chargingProfiles.purpose, profile.chargingProfilePurpose),
        ),
      ),
    );
    await tx.insert(chargingProfiles).values({
      stationId,
      connectorId,
      chargingProfileId: profile.chargingProfileId,
      stackLevel: profile.stackLevel,
      purpose: profile.chargingProfilePurpose,
      kind: profile.chargingProfileKind,
      profile,
      setBy: requestedBy,
      commandId,
    });
  },
};
