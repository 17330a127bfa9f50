import { sql } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { siteLoadAllocations } from '@/db/schema';
import { CommandRejectedError, sendCommand } from '@/lib/commands/send-command';
import type { EventHub } from '@/lib/events/event-hub';
import type { TChargingProfile } from '@/lib/smart-charging/charging-profile';
import { LOAD_MANAGEMENT_PROFILE_ID_BASE } from '@/lib/smart-charging/next-profile-id';
import type { TSiteSession } from './read-site-sessions';

/**
 * High enough to win over an operator's TxProfiles and TxDefaultProfiles; 8 is the lowest
 * ChargeProfileMaxStackLevel chargers commonly report (the simulator's too).
 */
export const LOAD_PROFILE_STACK_LEVEL = 8;

/** One id per connector, so each new grant replaces the previous one on that connector. */
export function loadProfileId(connectorId: number): number {
  return LOAD_MANAGEMENT_PROFILE_ID_BASE + connectorId;
}

/** The TxProfile that caps a session at `limitW` from now until it ends. */
export function loadTxProfile(
  session: { connectorId: number; transactionId: number },
  limitW: number,
): TChargingProfile {
  return {
    chargingProfileId: loadProfileId(session.connectorId),
    transactionId: session.transactionId,
    stackLevel: LOAD_PROFILE_STACK_LEVEL,
    chargingProfilePurpose: 'TxProfile',
    chargingProfileKind: 'Relative',
    chargingSchedule: {
      chargingRateUnit: 'W',
      chargingSchedulePeriod: [{ startPeriod: 0, limit: limitW }],
    },
  };
}

export interface TGrantOutcome {
  accepted: boolean;
  commandState: string;
  ocppStatus: string | null;
}

/**
 * Sends one session's grant (requestedBy null: the system) and records it. The row keeps the
 * last accepted grant as enforced_w: a charger that refused or did not answer still enforces
 * that one (or none), which is what the site's sum must be guarded with.
 */
export async function sendSiteGrant(
  deps: { db: Database; events: EventHub },
  input: {
    siteId: string;
    session: TSiteSession & { transactionId: number };
    allocatedW: number;
    reason: string;
    timeoutMs?: number | undefined;
  },
): Promise<TGrantOutcome> {
  const { session, allocatedW } = input;
  let outcome: TGrantOutcome & { commandId: string | null };
  try {
    const sent = await sendCommand(deps, {
      stationId: session.stationId,
      action: 'SetChargingProfile',
      request: {
        connectorId: session.connectorId,
        csChargingProfiles: loadTxProfile(session, allocatedW),
      },
      requestedBy: null,
      sessionId: session.sessionId,
      ...(input.timeoutMs ? { timeoutMs: input.timeoutMs } : {}),
    });
    outcome = {
      accepted: sent.state === 'answered' && sent.ocppStatus === 'Accepted',
      commandState: sent.state,
      ocppStatus: sent.ocppStatus,
      commandId: sent.commandId,
    };
  } catch (error) {
    if (!(error instanceof CommandRejectedError)) throw error;
    outcome = { accepted: false, commandState: 'failed', ocppStatus: null, commandId: null };
  }
  const previous = session.allocation;
  const row = {
    allocatedW,
    reason: input.reason,
    commandId: outcome.commandId,
    commandState: outcome.commandState,
    ocppStatus: outcome.ocppStatus,
    enforcedW: outcome.accepted ? allocatedW : (previous?.enforcedW ?? null),
    grantedAt: outcome.accepted ? new Date() : (previous?.grantedAt ?? null),
    updatedAt: sql`now()`,
  };
  await deps.db
    .insert(siteLoadAllocations)
    .values({
      sessionId: session.sessionId,
      siteId: input.siteId,
      stationId: session.stationId,
      connectorId: session.connectorId,
      ...row,
    })
    .onConflictDoUpdate({ target: siteLoadAllocations.sessionId, set: row });
  return outcome;
}
