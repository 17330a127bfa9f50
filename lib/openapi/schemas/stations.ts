import { z } from 'zod';
import { connectionState, registrationStatus, sessionStatus } from '@/db/schema';
import { ZIsoDateTime, pageOf } from './common';
import { ZConnectorStatus, ZConnectorType } from './public';

export const ZRegistrationStatus = z
  .enum(registrationStatus.enumValues)
  .meta({ id: 'RegistrationStatus' });
export const ZConnectionState = z.enum(connectionState.enumValues).meta({ id: 'ConnectionState' });
export const ZSessionStatus = z.enum(sessionStatus.enumValues).meta({ id: 'SessionStatus' });

const ZCurrentSession = z.object({
  id: z.uuid(),
  transactionId: z.number().int().nullable(),
  status: ZSessionStatus,
  startedAt: ZIsoDateTime.nullable(),
  energyWh: z.number(),
  powerW: z.number().nullable(),
  socPercent: z.number().nullable(),
});

export const ZConsoleConnector = z
  .object({
    connectorId: z.number().int(),
    type: ZConnectorType.nullable(),
    maxPowerW: z.number().nullable(),
    status: ZConnectorStatus,
    errorCode: z.string(),
    info: z.string().nullable(),
    statusAt: ZIsoDateTime.nullable(),
    currentSession: ZCurrentSession.nullable(),
  })
  .meta({ id: 'ConsoleConnector' });

export const ZConsoleStation = z
  .object({
    id: z.uuid(),
    identity: z.string(),
    name: z.string(),
    vendor: z.string().nullable(),
    model: z.string().nullable(),
    registrationStatus: ZRegistrationStatus,
    connectionState: ZConnectionState,
    lastSeenAt: ZIsoDateTime.nullable(),
    site: z.object({ id: z.uuid(), name: z.string(), city: z.string() }).nullable(),
    connectors: z.array(ZConsoleConnector),
  })
  .meta({ id: 'ConsoleStation' });

export const ZConsoleStationPage = pageOf(ZConsoleStation).meta({ id: 'ConsoleStationPage' });

export const ZConsoleSummary = z
  .object({
    stations: z.object({ online: z.number().int(), offline: z.number().int() }),
    connectors: z
      .record(z.string(), z.number().int())
      .describe('Connector counts by status; connectors of an offline station count as Offline'),
    sessionsInProgress: z.number().int(),
  })
  .meta({ id: 'ConsoleSummary' });

const ZStationSession = z.object({
  id: z.uuid(),
  transactionId: z.number().int().nullable(),
  connectorId: z.number().int(),
  idTag: z.string().nullable(),
  status: ZSessionStatus,
  startedAt: ZIsoDateTime.nullable(),
  stoppedAt: ZIsoDateTime.nullable(),
  energyWh: z.number(),
  stopReason: z.string().nullable(),
});

export const ZStationDetail = z
  .object({
    id: z.uuid(),
    identity: z.string(),
    name: z.string(),
    vendor: z.string().nullable(),
    model: z.string().nullable(),
    serialNumber: z.string().nullable(),
    firmwareVersion: z.string().nullable(),
    ocppVersion: z.string(),
    registrationStatus: ZRegistrationStatus,
    bootStatus: ZRegistrationStatus.nullable().describe(
      'What the charger was told at its last boot',
    ),
    connectionState: ZConnectionState,
    nodeId: z.string().nullable(),
    status: ZConnectorStatus.nullable(),
    errorCode: z.string().nullable(),
    lastSeenAt: ZIsoDateTime.nullable(),
    lastBootAt: ZIsoDateTime.nullable(),
    connectedAt: ZIsoDateTime.nullable(),
    site: z
      .object({ id: z.uuid(), name: z.string(), address: z.string(), city: z.string() })
      .nullable(),
    connectors: z.array(ZConsoleConnector),
    recentSessions: z.array(ZStationSession),
  })
  .meta({ id: 'StationDetail' });
