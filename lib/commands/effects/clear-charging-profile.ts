import { eq, type SQL } from 'drizzle-orm';
import { chargingProfiles } from '@/db/schema';
import { markProfilesCleared } from '@/lib/smart-charging/mark-profiles-cleared';
import type { CommandEffect } from './command-effect';

/** Every given criterion must match; a request without criteria clears all the station's profiles. */
export const clearChargingProfile: CommandEffect<'ClearChargingProfile'> = {
  async onAnswer({ tx, stationId, request, response }) {
    if (response.status !== 'Accepted') return;
    const criteria: SQL[] = [];
    if (request.id !== undefined) criteria.push(eq(chargingProfiles.chargingProfileId, request.id));
    if (request.connectorId !== undefined)
      criteria.push(eq(chargingProfiles.connectorId, request.connectorId));
    if (request.chargingProfilePurpose !== undefined)
      criteria.push(eq(chargingProfiles.purpose, request.chargingProfilePurpose));
    if (request.stackLevel !== undefined)
      criteria.push(eq(chargingProfiles.stackLevel, request.stackLevel));
    await markProfilesCleared(tx, stationId, ...criteria);
  },
};
