import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { chargingProfiles } from '@/db/schema';
import { useCommandTestbed } from '@/ocpp-server/command-test-kit';
import { recordTransactionStop } from '@/lib/sessions/record-transaction-stop';
import { stopSession } from '@/lib/sessions/stop-session';
import { aStation, aUser } from '@/test/builders';
import { aChargingSession } from '@/test/web-builders';
import type { TChargingProfile } from './charging-profile';
import { aTxDefaultProfile } from './profile-api-test-kit';
import { nextChargingProfileId } from './next-profile-id';

const testbed = useCommandTestbed();
const { db } = testbed;

async function install(stationId: string, connectorId: number, profile: TChargingProfile) {
  await db.insert(chargingProfiles).values({
    stationId,
    connectorId,
    chargingProfileId: profile.chargingProfileId,
    stackLevel: profile.stackLevel,
    purpose: profile.chargingProfilePurpose,
    kind: profile.chargingProfileKind,
    profile,
  });
}

const txProfile = (chargingProfileId: number, transactionId?: number) =>
  aTxDefaultProfile({
    chargingProfileId,
    chargingProfilePurpose: 'TxProfile',
    ...(transactionId === undefined ? {} : { transactionId }),
  });

/** A station charging transaction `transactionId` on connector 1, with profiles around it. */
async function aChargingStationWithProfiles(transactionId: number) {
  const station = await aStation(db);
  const session = await aChargingSession(db, {
    stationId: station.id,
    connectorId: 1,
    transactionId,
  });
  await install(station.id, 1, txProfile(1, transactionId)); // this transaction's
  await install(station.id, 1, txProfile(2)); // the connector's running transaction, unnamed
  await install(station.id, 2, txProfile(3, transactionId + 1)); // another transaction
  await install(station.id, 1, aTxDefaultProfile({ chargingProfileId: 4 }));
  return { station, session };
}

async function statuses(stationId: string) {
  const rows = await db
    .select()
    .from(chargingProfiles)
    .where(eq(chargingProfiles.stationId, stationId));
  return Object.fromEntries(
    rows.map((row) => [
      row.chargingProfileId,
      { status: row.status, cleared: row.clearedAt !== null },
    ]),
  );
}

const AFTER_STOP = {
  1: { status: 'Cleared', cleared: true },
  2: { status: 'Cleared', cleared: true },
  3: { status: 'Active', cleared: false },
  4: { status: 'Active', cleared: false },
};

describe('a TxProfile ends with its transaction', () => {
  it('is Cleared when the charger’s StopTransaction finalises the session', async () => {
    const { station } = await aChargingStationWithProfiles(880_001);
    await recordTransactionStop(db, {
      stationId: station.id,
      transactionId: 880_001,
      idTag: null,
      meterStopWh: 5_000,
      stoppedAt: new Date(),
      reason: 'EVDisconnected',
      transactionData: [],
    });
    expect(await statuses(station.id)).toEqual(AFTER_STOP);
  });

  it('is Cleared when an operator stops the session over the API', async () => {
    const { station, session } = await aChargingStationWithProfiles(880_011);
    const operator = await aUser(db, { role: 'operator' });
    await stopSession(
      { db, events: testbed.events },
      { sessionId: session.id, caller: { id: operator.id, role: 'operator' } },
    );
    expect(await statuses(station.id)).toEqual(AFTER_STOP);
  });

  it('stays when a StopTransaction names an unknown transaction', async () => {
    const { station } = await aChargingStationWithProfiles(880_021);
    await recordTransactionStop(db, {
      stationId: station.id,
      transactionId: 990_021,
      idTag: null,
      meterStopWh: 5_000,
      stoppedAt: new Date(),
      reason: null,
      transactionData: [],
    });
    expect(Object.values(await statuses(station.id)).every((s) => s.status === 'Active')).toBe(
      true,
    );
  });
});

describe('nextChargingProfileId', () => {
  it('is the smallest positive id no Active profile uses, below the load-management range', async () => {
    const station = await aStation(db);
    expect(await nextChargingProfileId(db, station.id)).toBe(1);
    await install(station.id, 1, aTxDefaultProfile({ chargingProfileId: 1 }));
    await install(station.id, 1, aTxDefaultProfile({ chargingProfileId: 2, stackLevel: 1 }));
    await install(station.id, 1, aTxDefaultProfile({ chargingProfileId: 4, stackLevel: 2 }));
    await install(
      station.id,
      1,
      aTxDefaultProfile({ chargingProfileId: 1_000_000, stackLevel: 3 }),
    );
    expect(await nextChargingProfileId(db, station.id)).toBe(3);
    // A Cleared profile's id is free again.
    await db
      .update(chargingProfiles)
      .set({ status: 'Cleared' })
      .where(
        and(eq(chargingProfiles.stationId, station.id), eq(chargingProfiles.chargingProfileId, 2)),
      );
    expect(await nextChargingProfileId(db, station.id)).toBe(2);
  });
});
