import { eq } from 'drizzle-orm';
import { stations } from '@/db/schema';
import type { CommandEffect } from './command-effect';

/** The version the charger holds once it accepted the list. */
export const sendLocalList: CommandEffect<'SendLocalList'> = {
  async onAnswer({ tx, stationId, request, response }) {
    if (response.status !== 'Accepted') return;
    await tx
      .update(stations)
      .set({ localListVersion: request.listVersion })
      .where(eq(stations.id, stationId));
  },
};
