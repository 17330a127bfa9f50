import { z } from 'zod';
import { chargingProfileKind, chargingProfilePurpose, commandState } from '@/db/schema';
import { ZMessageDirection } from '@/lib/ocpp-log/list-station-messages';
import { ZIsoDateTime, itemsOf, pageOf } from './common';

export const ZStationMessage = z
  .object({
    id: z.number().int(),
    direction: ZMessageDirection,
    messageType: z
      .number()
      .int()
      .nullable()
      .describe('OCPP-J frame type: 2 CALL, 3 RESULT, 4 ERROR'),
    messageId: z.string().nullable(),
    action: z.string().nullable(),
    payload: z.unknown(),
    raw: z.string().nullable(),
    createdAt: ZIsoDateTime,
  })
  .meta({ id: 'StationMessage' });

export const ZStationMessagePage = pageOf(ZStationMessage).meta({ id: 'StationMessagePage' });

export const ZStationCommand = z
  .object({
    id: z.uuid(),
    action: z.string(),
    state: z.enum(commandState.enumValues),
    ocppStatus: z.string().nullable().describe("The charger's own answer, e.g. Accepted"),
    errorCode: z.string().nullable(),
    error: z.string().nullable(),
    latencyMs: z.number().nullable(),
    requestedBy: z.object({ id: z.uuid(), name: z.string() }).nullable(),
    createdAt: ZIsoDateTime,
    answeredAt: ZIsoDateTime.nullable(),
  })
  .meta({ id: 'StationCommand' });

export const ZStationCommandPage = pageOf(ZStationCommand).meta({ id: 'StationCommandPage' });

export const ZStationConfigurationKey = z
  .object({
    key: z.string(),
    value: z.string().nullable(),
    readonly: z.boolean(),
    updatedAt: ZIsoDateTime,
  })
  .meta({ id: 'StationConfigurationKey' });

export const ZStationConfiguration = itemsOf(ZStationConfigurationKey).meta({
  id: 'StationConfiguration',
});

export const ZStationReservation = z
  .object({
    id: z.number().int(),
    connectorId: z.number().int(),
    idTag: z.string(),
    parentIdTag: z.string().nullable(),
    expiresAt: ZIsoDateTime,
    createdAt: ZIsoDateTime,
  })
  .meta({ id: 'StationReservation' });

export const ZStationReservations = itemsOf(ZStationReservation).meta({
  id: 'StationReservations',
});

export const ZStationChargingProfile = z
  .object({
    id: z.uuid(),
    connectorId: z.number().int(),
    chargingProfileId: z.number().int(),
    stackLevel: z.number().int(),
    purpose: z.enum(chargingProfilePurpose.enumValues),
    kind: z.enum(chargingProfileKind.enumValues),
    profile: z.unknown().describe('The OCPP csChargingProfiles object as the charger accepted it'),
    setAt: ZIsoDateTime,
  })
  .meta({ id: 'StationChargingProfile' });

export const ZStationChargingProfiles = itemsOf(ZStationChargingProfile).meta({
  id: 'StationChargingProfiles',
});
