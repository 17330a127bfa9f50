import { and, asc, desc, eq } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { chargingProfiles } from '@/db/schema';

type TChargingProfileRow = typeof chargingProfiles.$inferSelect;

export interface TStationChargingProfile {
  id: string;
  connectorId: number;
  chargingProfileId: number;
  stackLevel: number;
  purpose: TChargingProfileRow['purpose'];
  kind: TChargingProfileRow['kind'];
  profile: unknown;
  setAt: string;
}

/** The charging profiles installed on a station now, by connector and stack level. */
export async function listStationChargingProfiles(
  db: Executor,
  stationId: string,
): Promise<TStationChargingProfile[]> {
  const rows = await db
    .select()
    .from(chargingProfiles)
    .where(and(eq(chargingProfiles.stationId, stationId), eq(chargingProfiles.status, 'Active')))
    .orderBy(
      asc(chargingProfiles.connectorId),
      desc(chargingProfiles.stackLevel),
      asc(chargingProfiles.chargingProfileId),
    );
  return rows.map((row) => ({
    id: row.id,
    connectorId: row.connectorId,
    chargingProfileId: row.chargingProfileId,
    stackLevel: row.stackLevel,
    purpose: row.purpose,
    kind: row.kind,
    profile: row.profile,
    setAt: row.setAt.toISOString(),
  }));
}
