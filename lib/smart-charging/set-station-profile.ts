import { and, eq, isNotNull } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { connectors, sessions, stations } from '@/db/schema';
import { ApiError } from '@/lib/api/api-error';
import {
  commandOutcomeError,
  toCommandResult,
  type TCommandResult,
} from '@/lib/api/command-result';
import { CommandRejectedError, sendCommand } from '@/lib/commands/send-command';
import type { EventHub } from '@/lib/events/event-hub';
import type { TChargingProfile } from './charging-profile';
import { validateChargingProfile } from './validate-charging-profile';

export interface TProfileDeps {
  db: Executor;
  events: EventHub;
}

export interface TSetStationProfileInput {
  stationId: string;
  /** 0 installs the profile on the charge point as a whole. */
  connectorId: number;
  profile: TChargingProfile;
  requestedBy: string | null;
  timeoutMs?: number;
}

export interface TProfileTarget {
  stationId: string;
  registrationStatus: string;
  siteId: string | null;
  /** The connector's rating; for connector 0 the sum of the station's connectors. */
  ratingW: number | null;
  /** CHARGING sessions on the connector (none on connector 0). */
  transactions: { transactionId: number; startedAt: Date | null }[];
}

/**
 * Validates a profile against OCPP's rules and the connector it goes on, then sends
 * SetChargingProfile. Throws ApiError: 404 unknown station or connector, 422 a broken rule
 * (details paths from the request body), 409 a station not Accepted, 502 any answer but
 * Accepted (or a CALLERROR), 503 offline, 504 timeout.
 */
export async function setStationChargingProfile(
  deps: TProfileDeps,
  input: TSetStationProfileInput,
): Promise<{ command: TCommandResult; profile: TChargingProfile }> {
  const target = await loadProfileTarget(deps.db, input.stationId, input.connectorId);
  const issues = validateChargingProfile(input.profile, {
    connectorId: input.connectorId,
    activeTransactionIds: target.transactions.map((t) => t.transactionId),
    connectorMaxPowerW: target.ratingW,
  });
  if (issues.length > 0) {
    throw new ApiError(
      'validation_failed',
      'The charging profile breaks OCPP’s rules for this connector',
      issues.map((issue) => ({
        path: issue.path === 'connectorId' ? 'connectorId' : `profile.${issue.path}`,
        message: issue.message,
      })),
    );
  }
  assertAccepted(target);
  const outcome = await sendCommand(deps, {
    stationId: target.stationId,
    action: 'SetChargingProfile',
    request: { connectorId: input.connectorId, csChargingProfiles: input.profile },
    requestedBy: input.requestedBy,
    ...(input.timeoutMs ? { timeoutMs: input.timeoutMs } : {}),
  }).catch((error: unknown) => {
    throw commandRefusalError(error);
  });
  const failure = commandOutcomeError(outcome, ['Accepted']);
  if (failure) throw failure;
  return { command: toCommandResult(outcome), profile: input.profile };
}

/** The station and connector a profile command names; 404 when either does not exist. */
export async function loadProfileTarget(
  db: Executor,
  stationId: string,
  connectorId: number,
): Promise<TProfileTarget> {
  const [station] = await db
    .select({
      id: stations.id,
      registrationStatus: stations.registrationStatus,
      siteId: stations.siteId,
    })
    .from(stations)
    .where(eq(stations.id, stationId));
  if (!station) throw new ApiError('not_found', 'Station not found');
  const rows = await db
    .select({ connectorId: connectors.connectorId, maxPowerW: connectors.maxPowerW })
    .from(connectors)
    .where(eq(connectors.stationId, station.id));
  const connector = rows.find((row) => row.connectorId === connectorId);
  if (connectorId !== 0 && !connector) throw new ApiError('not_found', 'Connector not found');
  const ratingW =
    connectorId === 0
      ? rows.reduce<number | null>(
          (sum, row) => (row.maxPowerW === null ? sum : (sum ?? 0) + row.maxPowerW),
          null,
        )
      : (connector?.maxPowerW ?? null);
  const transactions =
    connectorId === 0
      ? []
      : await db
          .select({ transactionId: sessions.transactionId, startedAt: sessions.startedAt })
          .from(sessions)
          .where(
            and(
              eq(sessions.stationId, station.id),
              eq(sessions.connectorId, connectorId),
              eq(sessions.status, 'CHARGING'),
              isNotNull(sessions.transactionId),
            ),
          );
  return {
    stationId: station.id,
    registrationStatus: station.registrationStatus,
    siteId: station.siteId,
    ratingW,
    transactions: transactions.flatMap((t) =>
      t.transactionId === null ? [] : [{ transactionId: t.transactionId, startedAt: t.startedAt }],
    ),
  };
}

/** OCPP lets a charger that is not Accepted refuse everything but its boot; say so first. */
export function assertAccepted(target: Pick<TProfileTarget, 'registrationStatus'>): void {
  if (target.registrationStatus !== 'Accepted') {
    throw new ApiError(
      'conflict',
      `Smart charging needs an Accepted station; its registration is ${target.registrationStatus}`,
    );
  }
}

/** sendCommand refused before sending: the station went away meanwhile, or is not accepted. */
export function commandRefusalError(error: unknown): unknown {
  if (!(error instanceof CommandRejectedError)) return error;
  if (error.code === 'station_not_found') return new ApiError('not_found', 'Station not found');
  if (error.code === 'station_not_accepted') return new ApiError('conflict', error.message);
  return error;
}
