import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Executor } from '@/db/client';
import { chargingProfiles, sessions, sites, vehicles } from '@/db/schema';
import { ApiError } from '@/lib/api/api-error';
import type { TTariffPricing } from '@/lib/billing/price-session';
import { resolveTariff } from '@/lib/billing/resolve-tariff';
import { ZConnectorId } from '@/lib/commands/ocpp-types';
import {
  ZChargingProfile,
  type TChargingProfile,
  type TInstalledProfile,
} from './charging-profile';
import { nextChargingProfileId } from './next-profile-id';
import { previewSchedule, type TSchedulePreview } from './preview-schedule';
import { buildScenarioProfile, scenarioIssuePath, ZScenarioRequest } from './scenarios';
import { loadProfileTarget } from './set-station-profile';
import { validateChargingProfile } from './validate-charging-profile';

/** Without a target, a car is charged full: what a driver plugging in usually expects. */
export const DEFAULT_TARGET_SOC_PERCENT = 100;
/** A connector without a recorded rating is taken as a 22 kW AC point. */
const UNRATED_CONNECTOR_W = 22_000;

const ZPercent = z.number().min(0).max(100);
const BATTERY_FIELDS = ['batteryCapacityWh', 'socPercent', 'targetSocPercent'] as const;

/**
 * One candidate (a raw profile or a scenario) and one way to say how much energy is wanted:
 * `energyWh`, or a battery (`batteryCapacityWh` + `socPercent`, to `targetSocPercent`), or a
 * session (by `sessionId`, or the one charging on the connector) whose car knows them.
 */
export const ZSchedulePreviewRequest = z
  .strictObject({
    connectorId: ZConnectorId.positive({ error: 'must be a connector number' }).describe(
      'The connector to preview',
    ),
    profile: ZChargingProfile.optional().describe(
      'A raw profile; a ChargePointMaxProfile is previewed on connector 0, others on connectorId',
    ),
    scenario: ZScenarioRequest.optional(),
    sessionId: z.uuid().optional().describe('A CHARGING session on the connector'),
    energyWh: z.int().positive().optional(),
    batteryCapacityWh: z.int().positive().optional(),
    socPercent: ZPercent.optional(),
    targetSocPercent: ZPercent.optional().describe(`Default ${DEFAULT_TARGET_SOC_PERCENT}`),
    vehicleMaxPowerW: z.int().positive().optional(),
  })
  .superRefine((body, ctx) => {
    if ((body.profile === undefined) === (body.scenario === undefined)) {
      ctx.addIssue({
        code: 'custom',
        path: ['profile'],
        message: 'give exactly one of profile and scenario',
      });
    }
    if (
      body.scenario &&
      body.scenario.connectorId !== 0 &&
      body.scenario.connectorId !== body.connectorId
    ) {
      ctx.addIssue({
        code: 'custom',
        path: ['scenario', 'connectorId'],
        message: 'must be 0 or the previewed connectorId',
      });
    }
    if (body.energyWh !== undefined) {
      for (const field of BATTERY_FIELDS) {
        if (body[field] !== undefined) {
          ctx.addIssue({
            code: 'custom',
            path: [field],
            message: 'give either energyWh or the battery’s state, not both',
          });
        }
      }
    }
    if (
      body.targetSocPercent !== undefined &&
      body.socPercent !== undefined &&
      body.targetSocPercent < body.socPercent
    ) {
      ctx.addIssue({
        code: 'custom',
        path: ['targetSocPercent'],
        message: 'must be at least socPercent',
      });
    }
  })
  .meta({ id: 'SchedulePreviewRequest' });
export type TSchedulePreviewRequest = z.infer<typeof ZSchedulePreviewRequest>;

export interface TStationSchedulePreview extends TSchedulePreview {
  /** The candidate as previewed, and where it would be installed. */
  profile: TChargingProfile;
  profileConnectorId: number;
  sessionId: string | null;
  energyNeedWh: number;
}

/**
 * What the connector would draw if the candidate were installed, from now: the station's
 * Active profiles plus the candidate (OCPP replacement rules), the connector's rating, the
 * running session's transaction and car, and the station's tariff. Sends nothing to the
 * charger. Throws ApiError 404 (station, connector or session), 422 (a profile that breaks
 * OCPP's rules here, or no way to know the energy need).
 */
export async function previewStationSchedule(
  db: Executor,
  input: TSchedulePreviewRequest & { stationId: string; now?: number },
): Promise<TStationSchedulePreview> {
  const now = input.now ?? Date.now();
  const target = await loadProfileTarget(db, input.stationId, input.connectorId);
  const timeZone = await siteTimeZone(db, target.siteId);
  const session = await loadSession(db, input);
  const candidate: TInstalledProfile = input.scenario
    ? buildScenarioProfile(input.scenario, {
        chargingProfileId: await nextChargingProfileId(db, target.stationId),
        timeZone,
        now,
      })
    : {
        connectorId:
          input.profile!.chargingProfilePurpose === 'ChargePointMaxProfile' ? 0 : input.connectorId,
        profile: input.profile!,
      };
  const placement =
    candidate.connectorId === input.connectorId
      ? target
      : await loadProfileTarget(db, target.stationId, candidate.connectorId);
  const issues = validateChargingProfile(candidate.profile, {
    connectorId: candidate.connectorId,
    activeTransactionIds: placement.transactions.map((t) => t.transactionId),
    connectorMaxPowerW: placement.ratingW,
  });
  if (issues.length > 0) {
    throw new ApiError(
      'validation_failed',
      'The charging profile breaks OCPP’s rules for this connector',
      issues.map((issue) => ({
        path: input.scenario
          ? `scenario.${scenarioIssuePath(input.scenario, candidate.profile, issue.path)}`
          : issue.path === 'connectorId'
            ? 'connectorId'
            : `profile.${issue.path}`,
        message: issue.message,
      })),
    );
  }
  const energy = energyNeed(input, session);
  const tariff = await tariffFor(db, target.stationId, session);
  const preview = previewSchedule({
    installed: await activeProfiles(db, target.stationId),
    candidate,
    connectorId: input.connectorId,
    ratingW: target.ratingW ?? UNRATED_CONNECTOR_W,
    start: now,
    ...(session?.transactionId != null && session.startedAt
      ? {
          transaction: {
            transactionId: session.transactionId,
            startedAt: session.startedAt.getTime(),
          },
        }
      : {}),
    energyWh: energy.energyWh,
    ...(energy.battery ? { battery: energy.battery } : {}),
    ...(input.vehicleMaxPowerW ? { vehicleMaxPowerW: input.vehicleMaxPowerW } : {}),
    ...(tariff ? { tariff } : {}),
  });
  return {
    ...preview,
    profile: candidate.profile,
    profileConnectorId: candidate.connectorId,
    sessionId: session?.id ?? null,
    energyNeedWh: energy.energyWh,
  };
}

type TPreviewSession = Awaited<ReturnType<typeof loadSession>>;

/** The named session (404 unless CHARGING on this connector), else the one charging there. */
async function loadSession(db: Executor, input: TSchedulePreviewRequest & { stationId: string }) {
  const [row] = await db
    .select({
      id: sessions.id,
      transactionId: sessions.transactionId,
      startedAt: sessions.startedAt,
      socPercent: sessions.socPercent,
      tariffSnapshot: sessions.tariffSnapshot,
      batteryCapacityWh: vehicles.batteryCapacityWh,
    })
    .from(sessions)
    .leftJoin(vehicles, eq(vehicles.id, sessions.vehicleId))
    .where(
      and(
        eq(sessions.stationId, input.stationId),
        eq(sessions.connectorId, input.connectorId),
        eq(sessions.status, 'CHARGING'),
        input.sessionId ? eq(sessions.id, input.sessionId) : undefined,
      ),
    )
    .limit(1);
  if (input.sessionId && !row) {
    throw new ApiError('not_found', 'No session charging on this connector has that id');
  }
  return row ?? null;
}

function energyNeed(input: TSchedulePreviewRequest, session: TPreviewSession) {
  if (input.energyWh !== undefined) return { energyWh: input.energyWh };
  const capacityWh = input.batteryCapacityWh ?? session?.batteryCapacityWh ?? undefined;
  const socPercent = input.socPercent ?? session?.socPercent ?? undefined;
  const missing = [
    ...(capacityWh === undefined ? ['batteryCapacityWh'] : []),
    ...(socPercent === undefined ? ['socPercent'] : []),
  ];
  if (capacityWh === undefined || socPercent === undefined) {
    const why = session ? 'the session’s car does not report it' : 'no session is charging here';
    throw new ApiError(
      'validation_failed',
      'The energy to deliver is unknown: give energyWh, or the battery’s capacity and state of charge',
      missing.map((path) => ({ path, message: `is required: ${why}` })),
    );
  }
  const target = Math.max(socPercent, input.targetSocPercent ?? DEFAULT_TARGET_SOC_PERCENT);
  return {
    energyWh: Math.round((capacityWh * (target - socPercent)) / 100),
    battery: { capacityWh, socPercent },
  };
}

/** A running session keeps its frozen tariff; the fee is already its own, so only what is to come is priced. */
async function tariffFor(
  db: Executor,
  stationId: string,
  session: TPreviewSession,
): Promise<{ pricing: TTariffPricing; timeZone: string } | null> {
  if (session?.tariffSnapshot) {
    const { timeZone, ...pricing } = session.tariffSnapshot;
    return { pricing: { ...pricing, sessionFee: 0 }, timeZone };
  }
  const resolved = await resolveTariff(db, stationId);
  if (!resolved) return null;
  return { pricing: resolved.tariff, timeZone: resolved.timeZone };
}

async function siteTimeZone(db: Executor, siteId: string | null): Promise<string> {
  if (!siteId) return 'UTC';
  const [site] = await db
    .select({ timeZone: sites.timeZone })
    .from(sites)
    .where(eq(sites.id, siteId));
  return site?.timeZone ?? 'UTC';
}

async function activeProfiles(db: Executor, stationId: string): Promise<TInstalledProfile[]> {
  const rows = await db
    .select({ connectorId: chargingProfiles.connectorId, profile: chargingProfiles.profile })
    .from(chargingProfiles)
    .where(and(eq(chargingProfiles.stationId, stationId), eq(chargingProfiles.status, 'Active')));
  // Rows hold what the charger accepted; one that no longer parses is left out, not fatal.
  return rows.flatMap((row) => {
    const parsed = ZChargingProfile.safeParse(row.profile);
    return parsed.success ? [{ connectorId: row.connectorId, profile: parsed.data }] : [];
  });
}
