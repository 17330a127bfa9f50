import { z } from 'zod';
import { commandState } from '@/db/schema';
import { ZCommandResult } from '@/lib/api/command-result';
import { ZIsoDateTime, pageOf } from './common';
import { ZConnectorStatus, ZConnectorType } from './public';
import { ZSessionStatus } from './stations';

export const ZCostBreakdown = z
  .object({
    currency: z.string().describe('ISO 4217, e.g. EUR'),
    lines: z.array(
      z.object({
        kind: z.enum(['energy', 'time', 'session', 'idle']),
        band: z.number().int().nullable().describe('Time-of-use band index; null: base price'),
        quantity: z
          .number()
          .describe('Wh for energy, whole seconds for time and idle, 1 for the session fee'),
        amount: z.number().int().describe('Minor units, net of VAT'),
      }),
    ),
    subtotal: z.number().int(),
    vat: z.number().int(),
    total: z.number().int().describe('Minor units, VAT included'),
    energyWh: z.number().int(),
  })
  .meta({ id: 'CostBreakdown', description: 'Receipt lines as the tariff engine prices them.' });

export const ZSessionListItem = z
  .object({
    id: z.uuid(),
    transactionId: z.number().int().nullable().describe('The OCPP transactionId once started'),
    status: ZSessionStatus,
    statusReason: z.string().nullable().describe('Why it was denied, cancelled or failed'),
    station: z.object({ id: z.uuid(), identity: z.string(), name: z.string() }),
    site: z.object({ id: z.uuid(), name: z.string() }).nullable(),
    connectorId: z.number().int().describe('The OCPP connector number'),
    idTag: z.string().nullable(),
    userId: z.uuid().nullable(),
    vehicleId: z.uuid().nullable(),
    metadata: z.record(z.string(), z.unknown()).describe('Caller data, returned as given'),
    createdAt: ZIsoDateTime,
    startedAt: ZIsoDateTime.nullable(),
    stoppedAt: ZIsoDateTime.nullable(),
    energyWh: z.number().int(),
    costMinor: z
      .number()
      .int()
      .nullable()
      .describe(
        'Minor units, VAT included: the final cost once finalised; the detail also prices a running session live (lists leave it null)',
      ),
    currency: z.string().nullable(),
    stopReason: z.string().nullable(),
  })
  .meta({ id: 'SessionListItem' });

export const ZSessionPage = pageOf(ZSessionListItem).meta({ id: 'SessionPage' });

export const ZQueuePosition = z
  .object({
    position: z.number().int().min(1).describe('1: next in line'),
    estimatedWaitSeconds: z.number().int().min(0),
  })
  .meta({ id: 'QueuePosition' });

const ZSessionMeterValue = z.object({
  sampledAt: ZIsoDateTime,
  measurand: z.string().describe('OCPP measurand, e.g. Energy.Active.Import.Register'),
  phase: z.string().nullable(),
  unit: z.string().nullable(),
  value: z.number(),
});

const ZSessionCommand = z.object({
  id: z.uuid(),
  action: z.string(),
  state: z.enum(commandState.enumValues),
  ocppStatus: z.string().nullable().describe("The charger's own answer, e.g. Accepted"),
  createdAt: ZIsoDateTime,
  answeredAt: ZIsoDateTime.nullable(),
});

export const ZSessionDetail = ZSessionListItem.extend({
  approvedAt: ZIsoDateTime.nullable().describe('When the charger accepted the remote start'),
  expiresAt: ZIsoDateTime.nullable().describe('Until when the request or approval holds'),
  chargingEndedAt: ZIsoDateTime.nullable().describe('Charging → idle (the idle fee clock)'),
  chargerStoppedAt: ZIsoDateTime.nullable().describe("When the charger's own stop arrived"),
  socPercent: z.number().nullable(),
  lastPowerW: z.number().int().nullable(),
  lastMeterWh: z.number().int().nullable(),
  cost: ZCostBreakdown.nullable().describe(
    'The final receipt once finalised, the live cost while charging, null when no tariff applies',
  ),
  meterValues: z
    .array(ZSessionMeterValue)
    .describe('The most recent 5,000 samples at most, oldest first'),
  meterValuesTruncated: z.boolean().describe('Older samples were left out (over 5,000)'),
  commands: z.array(ZSessionCommand).describe('Commands sent about this session, oldest first'),
  queue: ZQueuePosition.nullable().describe('While the request waits for its connector'),
}).meta({ id: 'SessionDetail' });

export const ZConnectorLiveStatus = z
  .object({
    connectorId: z.uuid(),
    stationId: z.uuid(),
    ocppConnectorId: z.number().int(),
    status: z
      .union([ZConnectorStatus, z.literal('Offline')])
      .describe("The charger's last status; Offline while the station is not connected"),
    errorCode: z.string(),
    statusAt: ZIsoDateTime.nullable(),
    type: ZConnectorType.nullable(),
    maxPowerW: z.number().int().nullable(),
    queueLength: z.number().int().min(0).describe('Requests waiting for this connector'),
  })
  .meta({ id: 'ConnectorLiveStatus' });

export const ZUnlockConnectorResult = z
  .object({ command: ZCommandResult })
  .meta({ id: 'UnlockConnectorResult' });
