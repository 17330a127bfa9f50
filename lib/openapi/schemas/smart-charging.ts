import { z } from 'zod';
import { ZCommandResult } from '@/lib/api/command-result';
import { ZChargingProfile, ZChargingSchedule } from '@/lib/smart-charging/charging-profile';
import { ZIsoDateTime, pageOf } from './common';
import { ZStationChargingProfiles } from './station-records';

export const ZChargingProfileResult = z
  .object({
    command: ZCommandResult,
    profile: ZChargingProfile.describe('The profile as sent (scenarios: as generated)'),
  })
  .meta({ id: 'ChargingProfileResult' });

export const ZChargingProfileHistoryItem = z
  .object({
    commandId: z.uuid(),
    connectorId: z.number().int(),
    profile: z.unknown().describe('The OCPP csChargingProfiles object as sent'),
    setBy: z.object({ id: z.uuid(), name: z.string(), email: z.string() }).nullable(),
    setAt: ZIsoDateTime,
    answer: ZCommandResult.describe("The charger's answer to the SetChargingProfile"),
    status: z
      .enum(['Active', 'Cleared'])
      .nullable()
      .describe('Null when the charger did not accept it'),
    clearedAt: ZIsoDateTime.nullable(),
  })
  .meta({ id: 'ChargingProfileHistoryItem' });

export const ZChargingProfileHistoryPage = pageOf(ZChargingProfileHistoryItem).meta({
  id: 'ChargingProfileHistoryPage',
});

export const ZChargingProfilesResponse = z
  .union([ZChargingProfileHistoryPage, ZStationChargingProfiles])
  .describe('The active profiles, or with `history=true` one page of the history');

export const ZClearChargingProfilesResult = z
  .object({ command: ZCommandResult })
  .meta({ id: 'ClearChargingProfilesResult' });

export const ZCompositeScheduleResult = z
  .object({
    source: z.enum(['local', 'station']),
    connectorId: z.number().int(),
    scheduleStart: z.string().describe('ISO 8601; periods count seconds from here'),
    chargingSchedule: ZChargingSchedule,
    command: ZCommandResult.optional().describe('The GetCompositeSchedule sent (source station)'),
  })
  .meta({ id: 'CompositeScheduleResult' });

export const ZBulkStationResult = z
  .object({
    stationId: z.string(),
    identity: z.string().optional(),
    ok: z.boolean(),
    status: z.number().int().describe('The status a single-station call would have answered'),
    ocppStatus: z.string().nullable().optional(),
    error: z.object({ code: z.string(), message: z.string() }).optional(),
    profile: ZChargingProfile.optional(),
  })
  .meta({ id: 'BulkStationResult' });

export const ZBulkChargingProfileResult = z
  .object({
    results: z.array(ZBulkStationResult),
    summary: z.object({ accepted: z.number().int(), failed: z.number().int() }),
  })
  .meta({ id: 'BulkChargingProfileResult' });
