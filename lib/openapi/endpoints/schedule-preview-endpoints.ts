import { ZIdParams } from '@/lib/api/id-params';
import { ZSchedulePreviewRequest } from '@/lib/smart-charging/preview-station-schedule';
import { defineEndpoint, type TEndpoint } from '../endpoint';
import { ZSchedulePreview } from '../schemas/schedule-preview';

export const schedulePreviewEndpoints: TEndpoint[] = [
  defineEndpoint({
    method: 'POST',
    path: '/api/v1/stations/{id}/charging-profiles/preview',
    operationId: 'previewChargingSchedule',
    tag: 'Smart charging',
    summary: 'Preview a profile or scenario',
    description:
      'What the connector would draw from now if the profile or scenario were installed beside the station’s active profiles (OCPP replacement rules apply): the power curve (the least of the composite limit, the car’s maximum and the connector’s rating), when the energy need is met and what it costs under the station’s tariff. Give the need as `energyWh`, as `batteryCapacityWh` + `socPercent` (to `targetSocPercent`, default 100; the car tapers above 80 %), or let the CHARGING session (`sessionId`, or the one on the connector) supply its car’s. Nothing is sent to the charger. 422 names a profile field that breaks OCPP’s rules, or what is missing.',
    auth: { kind: 'session-or-bearer', role: 'operator' },
    params: ZIdParams,
    body: ZSchedulePreviewRequest,
    response: {
      description: 'The expected curve, finish time and cost.',
      schema: ZSchedulePreview,
      example: {
        curve: [
          { at: '2026-03-01T10:00:00.000Z', powerW: 7000 },
          { at: '2026-03-01T12:00:00.000Z', powerW: 0 },
        ],
        finishAt: '2026-03-01T12:00:00.000Z',
        energyWh: 14000,
        energyNeedWh: 14000,
        durationS: 7200,
        cost: {
          currency: 'EUR',
          lines: [{ kind: 'energy', band: null, quantity: 14000, amount: 420 }],
          subtotal: 420,
          vat: 80,
          total: 500,
          energyWh: 14000,
        },
        profile: {
          chargingProfileId: 2,
          stackLevel: 4,
          chargingProfilePurpose: 'TxDefaultProfile',
          chargingProfileKind: 'Absolute',
          chargingSchedule: {
            startSchedule: '2026-03-01T10:00:00.000Z',
            chargingRateUnit: 'W',
            chargingSchedulePeriod: [{ startPeriod: 0, limit: 7000 }],
          },
        },
        profileConnectorId: 1,
        sessionId: null,
      },
    },
    errors: ['not_found'],
  }),
];
