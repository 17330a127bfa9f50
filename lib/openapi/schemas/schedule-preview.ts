import { z } from 'zod';
import { ZChargingProfile } from '@/lib/smart-charging/charging-profile';
import { ZIsoDateTime } from './common';
import { ZCostBreakdown } from './sessions';

export const ZSchedulePreview = z
  .object({
    curve: z
      .array(z.object({ at: ZIsoDateTime, powerW: z.number().int() }))
      .describe(
        'Steps: each power holds until the next point (one per change, at most one per 15 min); the last point is the end, 0 W once done',
      ),
    finishAt: ZIsoDateTime.nullable().describe('Null when the need is not met within 48 h'),
    energyWh: z.number().int().describe('Energy delivered by finishAt (or within 48 h)'),
    energyNeedWh: z.number().int(),
    durationS: z.number().int(),
    cost: ZCostBreakdown.nullable().describe(
      'Under the station’s tariff (a running session’s frozen one, without its fee again); null without a tariff',
    ),
    profile: ZChargingProfile.describe('The candidate as previewed (scenarios: as generated)'),
    profileConnectorId: z.number().int().describe('Where the candidate would be installed'),
    sessionId: z.uuid().nullable().describe('The CHARGING session previewed, if any'),
  })
  .meta({ id: 'SchedulePreview' });
