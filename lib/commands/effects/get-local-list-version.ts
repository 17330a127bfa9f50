import { eq } from 'drizzle-orm';
import { stations } from '@/db/schema';
import type { CommandEffect } from './command-effect';

/** Kept as reported, including OCPP's 0 (no list) and -1 (local list not enabled). */
export const getLocalListVersion: CommandEffect<'GetLocalListVersion'> = {
  async onAnswer({ tx, stationId, response }) {
    await tx
      .update(stations)
      .set({ localListVersion: response.listVersion })
      .where(eq(stations.id, stationId));
  },
};
