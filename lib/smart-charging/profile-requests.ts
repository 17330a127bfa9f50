import { z } from 'zod';
import { MAX_PAGE_SIZE } from '@/lib/api/pagination';
import { ZConnectorId } from '@/lib/commands/ocpp-types';
import { ZChargingProfile, ZChargingProfilePurpose } from './charging-profile';
import { ZScenarioRequest } from './scenarios';

/** A whole number in a query string; `z.coerce` would read an empty value as 0. */
const ZQueryInt = z
  .string()
  .regex(/^\d+$/, { error: 'must be a whole number' })
  .transform(Number)
  .pipe(z.number().int().max(2_147_483_647));

/** Seven days: a composite beyond that says little, and chargers cap it anyway. */
export const MAX_COMPOSITE_DURATION_S = 7 * 86_400;

export const ZSetChargingProfileRequest = z
  .strictObject({
    connectorId: ZConnectorId.describe('0 installs it on the charge point as a whole'),
    profile: ZChargingProfile.describe('The OCPP 1.6 csChargingProfiles object'),
  })
  .meta({ id: 'SetChargingProfileRequest' });
export type TSetChargingProfileRequest = z.infer<typeof ZSetChargingProfileRequest>;

export const ZChargingProfilesQuery = z.object({
  history: z
    .enum(['true', 'false'])
    .optional()
    .describe('true: every SetChargingProfile ever sent, paginated, instead of the active ones'),
  connectorId: ZQueryInt.optional().describe('History only: one connector'),
  cursor: z.string().optional(),
  limit: ZQueryInt.pipe(z.number().min(1).max(MAX_PAGE_SIZE)).optional(),
});
export type TChargingProfilesQuery = z.infer<typeof ZChargingProfilesQuery>;

export const ZClearChargingProfilesQuery = z.object({
  profileId: ZQueryInt.optional().describe('The chargingProfileId'),
  connectorId: ZQueryInt.optional(),
  purpose: ZChargingProfilePurpose.optional(),
  stackLevel: ZQueryInt.optional(),
});
export type TClearChargingProfilesQuery = z.infer<typeof ZClearChargingProfilesQuery>;

export const ZCompositeScheduleQuery = z.object({
  // Defaults to the station as a whole so the bare URL answers (every JSON GET must, see
  // lib/openapi/responses.test.ts).
  connectorId: ZQueryInt.default(0).describe('0 (the default): the station as a whole'),
  duration: ZQueryInt.pipe(z.number().min(1).max(MAX_COMPOSITE_DURATION_S))
    .default(86_400)
    .describe('Seconds from now; at most 7 days'),
  chargingRateUnit: z.enum(['W', 'A']).default('W'),
  source: z
    .enum(['local', 'station'])
    .default('local')
    .describe('local: computed by Chargedeck; station: asked from the charger'),
});
export type TCompositeScheduleQuery = z.infer<typeof ZCompositeScheduleQuery>;

export const ZBulkChargingProfileRequest = z
  .strictObject({
    stationIds: z.array(z.uuid()).min(1).max(1_000).optional(),
    siteId: z.uuid().optional(),
    connectorId: ZConnectorId.optional().describe('With profile: where it goes'),
    profile: ZChargingProfile.optional(),
    scenario: ZScenarioRequest.optional(),
  })
  .superRefine((body, ctx) => {
    if ((body.stationIds === undefined) === (body.siteId === undefined)) {
      ctx.addIssue({
        code: 'custom',
        path: ['stationIds'],
        message: 'give exactly one of stationIds and siteId',
      });
    }
    if ((body.profile === undefined) === (body.scenario === undefined)) {
      ctx.addIssue({
        code: 'custom',
        path: ['profile'],
        message: 'give exactly one of profile and scenario',
      });
    }
    if (body.profile !== undefined && body.connectorId === undefined) {
      ctx.addIssue({ code: 'custom', path: ['connectorId'], message: 'is required with profile' });
    }
  })
  .meta({ id: 'BulkChargingProfileRequest' });
export type TBulkChargingProfileRequest = z.infer<typeof ZBulkChargingProfileRequest>;
