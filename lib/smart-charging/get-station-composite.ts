import { and, eq } from 'drizzle-orm';
import { chargingProfiles } from '@/db/schema';
import { ApiError } from '@/lib/api/api-error';
import {
  commandOutcomeError,
  toCommandResult,
  type TCommandResult,
} from '@/lib/api/command-result';
import { ZCommandResponses } from '@/lib/commands/command-responses';
import { sendCommand } from '@/lib/commands/send-command';
import {
  ZChargingProfile,
  type TChargingRateUnit,
  type TChargingSchedule,
  type TInstalledProfile,
} from './charging-profile';
import { compositeSchedule } from './composite-schedule';
import {
  assertAccepted,
  commandRefusalError,
  loadProfileTarget,
  type TProfileDeps,
} from './set-station-profile';

export type TCompositeSource = 'local' | 'station';

export interface TGetStationCompositeInput {
  stationId: string;
  /** 0: the station as a whole. */
  connectorId: number;
  durationS: number;
  unit: TChargingRateUnit;
  source: TCompositeSource;
  requestedBy: string | null;
  timeoutMs?: number;
  /** The clock, for tests of the local computation; Date.now(). */
  now?: number;
}

export interface TStationComposite {
  source: TCompositeSource;
  connectorId: number;
  scheduleStart: string;
  chargingSchedule: TChargingSchedule;
  /** The GetCompositeSchedule sent (source station). */
  command?: TCommandResult;
}

/**
 * What a connector may draw from now on: computed here from the profiles the charger accepted
 * (source local), or as the charger itself reports it (source station, GetCompositeSchedule), in
 * one shape so the two can be laid side by side. Throws ApiError: 404 unknown station or
 * connector; for source station also 409 not Accepted, 502 Rejected or a CALLERROR, 503
 * offline, 504 timeout.
 */
export async function getStationCompositeSchedule(
  deps: TProfileDeps,
  input: TGetStationCompositeInput,
): Promise<TStationComposite> {
  const target = await loadProfileTarget(deps.db, input.stationId, input.connectorId);
  if (input.source === 'station') return askStation(deps, input, target);
  const rows = await deps.db
    .select({ connectorId: chargingProfiles.connectorId, profile: chargingProfiles.profile })
    .from(chargingProfiles)
    .where(
      and(eq(chargingProfiles.stationId, target.stationId), eq(chargingProfiles.status, 'Active')),
    );
  // Rows hold what the charger accepted, which passed this schema on the way out.
  const profiles: TInstalledProfile[] = rows.flatMap((row) => {
    const parsed = ZChargingProfile.safeParse(row.profile);
    return parsed.success ? [{ connectorId: row.connectorId, profile: parsed.data }] : [];
  });
  const running = target.transactions[0];
  const start = Math.floor((input.now ?? Date.now()) / 1000) * 1000;
  const chargingSchedule = compositeSchedule({
    profiles,
    connectorId: input.connectorId,
    unlimitedW: target.ratingW ?? 0,
    start,
    durationS: input.durationS,
    unit: input.unit,
    ...(running
      ? {
          transaction: {
            transactionId: running.transactionId,
            startedAt: running.startedAt?.getTime() ?? start,
          },
        }
      : {}),
  });
  return {
    source: 'local',
    connectorId: input.connectorId,
    scheduleStart: chargingSchedule.startSchedule,
    chargingSchedule,
  };
}

async function askStation(
  deps: TProfileDeps,
  input: TGetStationCompositeInput,
  target: Awaited<ReturnType<typeof loadProfileTarget>>,
): Promise<TStationComposite> {
  assertAccepted(target);
  const outcome = await sendCommand(deps, {
    stationId: target.stationId,
    action: 'GetCompositeSchedule',
    request: {
      connectorId: input.connectorId,
      duration: input.durationS,
      chargingRateUnit: input.unit,
    },
    requestedBy: input.requestedBy,
    ...(input.timeoutMs ? { timeoutMs: input.timeoutMs } : {}),
  }).catch((error: unknown) => {
    throw commandRefusalError(error);
  });
  const failure = commandOutcomeError(outcome, ['Accepted']);
  if (failure) throw failure;
  const command = toCommandResult(outcome);
  const answer = ZCommandResponses.GetCompositeSchedule.safeParse(outcome.response);
  const schedule = answer.success ? answer.data.chargingSchedule : undefined;
  const scheduleStart = answer.success
    ? (answer.data.scheduleStart ?? schedule?.startSchedule)
    : undefined;
  if (!schedule || !scheduleStart) {
    throw new ApiError(
      'charger_rejected',
      'The charger accepted but sent no composite schedule',
      command,
    );
  }
  return {
    source: 'station',
    connectorId: input.connectorId,
    scheduleStart,
    chargingSchedule: schedule,
    command,
  };
}
