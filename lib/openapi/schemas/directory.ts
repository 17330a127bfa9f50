import { z } from 'zod';
import { idTagStatus } from '@/db/schema';
import type { TIdTag } from '@/lib/id-tags/id-tag-view';
import type { TSite } from '@/lib/sites/site-view';
import type { TVehicle } from '@/lib/vehicles/vehicle-view';
import { ZIsoDateTime, pageOf } from './common';
import { ZConnectorType } from './public';

export const ZSite = z
  .object({
    id: z.uuid(),
    name: z.string(),
    address: z.string(),
    city: z.string(),
    postalCode: z.string().nullable(),
    country: z.string().describe('ISO 3166-1 alpha-2'),
    latitude: z.number(),
    longitude: z.number(),
    timeZone: z.string().describe('IANA time zone, e.g. Europe/Berlin'),
    amenities: z.array(z.string()),
    tariffId: z.uuid().nullable().describe('Default tariff of the site’s stations'),
    gridLimitW: z
      .number()
      .int()
      .nullable()
      .describe('The grid connection in W across all phases; null when not limited'),
    createdAt: ZIsoDateTime,
    stationCount: z.number().int().describe('Stations placed at the site'),
  })
  .meta({ id: 'Site' });

export const ZSitePage = pageOf(ZSite).meta({ id: 'SitePage' });

export const ZIdTagStatus = z.enum(idTagStatus.enumValues).meta({ id: 'IdTagStatus' });

export const ZIdTag = z
  .object({
    id: z.uuid(),
    idTag: z.string().describe('The token as chargers send it (OCPP 1.6 IdToken)'),
    userId: z.uuid().nullable(),
    parentIdTag: z.string().nullable(),
    status: ZIdTagStatus,
    expiresAt: ZIsoDateTime.nullable(),
    label: z.string().nullable(),
    createdAt: ZIsoDateTime,
  })
  .meta({ id: 'IdTag' });

export const ZIdTagPage = pageOf(ZIdTag).meta({ id: 'IdTagPage' });

export const ZVehicle = z
  .object({
    id: z.uuid(),
    userId: z.uuid(),
    make: z.string(),
    model: z.string(),
    batteryCapacityWh: z.number().int().nullable(),
    connectorTypes: z.array(ZConnectorType),
    isDefault: z.boolean(),
    createdAt: ZIsoDateTime,
  })
  .meta({ id: 'Vehicle' });

export const ZVehiclePage = pageOf(ZVehicle).meta({ id: 'VehiclePage' });

type TFits<Documented, Actual extends Documented> = Actual;

/** The data functions' return types checked against these schemas (see response-types.ts). */
export type TDirectoryResponseTypes = [
  TFits<z.output<typeof ZSite>, TSite>,
  TFits<z.output<typeof ZIdTag>, TIdTag>,
  TFits<z.output<typeof ZVehicle>, TVehicle>,
];
