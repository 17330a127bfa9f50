import { z } from 'zod';

const watts = z.number().int().min(0);
const REASONS = ['fair_share', 'max_power', 'under_drawing', 'paused'] as const;

/** One charging session of a site as the console and the API show it. */
export const ZSiteLoadSession = z.object({
  sessionId: z.uuid(),
  stationId: z.uuid(),
  stationName: z.string(),
  connectorId: z.number().int(),
  transactionId: z.number().int().nullable(),
  /** What load management last granted (sent); null when it has not managed the session yet. */
  allocatedW: watts.nullable(),
  /** What the charger last accepted; null: nothing yet, it may draw up to its rating. */
  enforcedW: watts.nullable(),
  reason: z.string().nullable(),
  /** How the last send ended: answered / failed / timeout / offline. */
  commandState: z.string().nullable(),
  ocppStatus: z.string().nullable(),
  measuredW: z.number().int().nullable(),
  maxW: watts.nullable(),
});

export const ZSiteLoad = z.object({
  siteId: z.uuid(),
  /** W across all phases; null: the site is not limited and not managed. */
  limitW: watts.nullable(),
  sessions: z.array(ZSiteLoadSession),
  grantedW: watts,
  measuredW: z.number().int(),
});
export type TSiteLoad = z.infer<typeof ZSiteLoad>;

export const ZWhatIfSession = z.strictObject({
  label: z.string().trim().min(1).max(80).optional(),
  maxW: z.number().int().min(1).max(1_000_000),
  drawW: z.number().int().min(0).max(1_000_000).optional(),
});

export const ZWhatIfRequest = z.strictObject({
  gridLimitW: z.number().int().min(0).max(100_000_000),
  /** Hypothetical sessions in arrival order; default: the site's charging sessions. */
  sessions: z.array(ZWhatIfSession).max(500).optional(),
});
export type TWhatIfRequest = z.infer<typeof ZWhatIfRequest>;

export const ZSiteAllocation = z.object({
  siteId: z.uuid(),
  limitW: watts,
  sessions: z.array(
    z.object({
      /** The real session, or null for a hypothetical one. */
      sessionId: z.uuid().nullable(),
      label: z.string(),
      maxW: watts,
      drawW: z.number().int().nullable(),
      allocatedW: watts,
      reason: z.enum(REASONS),
    }),
  ),
  totalAllocatedW: watts,
});
export type TSiteAllocation = z.infer<typeof ZSiteAllocation>;

export const ZRebalanceAction = z.enum(['lowered', 'raised', 'unchanged', 'failed', 'cleared']);

export const ZRebalanceResult = z.object({
  siteId: z.uuid(),
  limitW: watts.nullable(),
  reason: z.string(),
  /** 'no_limit': the site is not limited (our profiles were cleared). */
  outcome: z.enum(['managed', 'no_limit']),
  sessions: z.array(
    z.object({
      sessionId: z.uuid(),
      stationId: z.uuid(),
      connectorId: z.number().int(),
      previousW: watts.nullable(),
      allocatedW: watts,
      reason: z.string(),
      action: ZRebalanceAction,
      commandState: z.string().nullable(),
      ocppStatus: z.string().nullable(),
    }),
  ),
  /** Sum of what the chargers now enforce (a session without an accepted grant counts at its rating). */
  totalEnforcedW: watts,
});
export type TRebalanceResult = z.infer<typeof ZRebalanceResult>;

export const ZSiteLoadHistoryQuery = z.object({
  minutes: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(60),
});

export const ZSiteLoadHistory = z.object({
  limitW: watts.nullable(),
  points: z.array(z.object({ at: z.string(), measuredW: z.number().int(), grantedW: watts })),
});
export type TSiteLoadHistory = z.infer<typeof ZSiteLoadHistory>;
