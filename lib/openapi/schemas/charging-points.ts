import { z } from 'zod';
import type { TChargingPoint, TChargingPointDetail } from '@/lib/charging-points/charging-point';
import type { TFavorite } from '@/lib/favorites/favorite';
import { itemsOf, pageOf, ZIsoDateTime } from './common';
import { ZConnectorStatus, ZConnectorType } from './public';

export const ZChargingPointStatus = z.enum(['free', 'occupied', 'offline', 'faulted']).meta({
  id: 'ChargingPointStatus',
  description:
    'offline: the charger is not connected; faulted: the charger or every connector is Faulted/Unavailable; occupied: no connector is free; free: one is',
});

const ZChargingPointConnector = z.object({
  id: z.uuid(),
  connectorId: z.number().int().describe('The OCPP connector number'),
  type: ZConnectorType.nullable(),
  maxPowerW: z.number().int().nullable(),
  status: z
    .union([ZConnectorStatus, z.literal('Offline')])
    .describe('The charger’s last status, or Offline while it is disconnected'),
  queueLength: z.number().int().describe('Requests waiting in this connector’s queue'),
  estimatedWaitSeconds: z
    .number()
    .int()
    .describe('How long a request made now would wait here; 0 when free'),
});

const ZChargingPointSite = z.object({
  id: z.uuid(),
  name: z.string(),
  address: z.string(),
  city: z.string(),
  country: z.string(),
  timeZone: z.string().describe('IANA time zone, e.g. Europe/Berlin'),
  latitude: z.number(),
  longitude: z.number(),
  amenities: z.array(z.string()),
});

const chargingPointFields = {
  id: z.uuid().describe('The station id'),
  name: z.string(),
  site: ZChargingPointSite.nullable(),
  status: ZChargingPointStatus,
  connectors: z.array(ZChargingPointConnector),
  maxPowerKw: z.number().nullable(),
  price: z
    .object({
      currency: z.string(),
      summary: z.string().describe('Gross prices (VAT included) in a few words'),
    })
    .nullable()
    .describe('Null when no active tariff applies'),
  distanceKm: z.number().nullable().describe('From `near`; null without it'),
  queueLength: z.number().int().describe('Requests waiting at all connectors'),
  estimatedWaitSeconds: z.number().int().describe('The shortest wait over usable connectors'),
  isFavorite: z.boolean().describe('Saved by the signed-in driver (false when anonymous)'),
  lastUpdatedAt: ZIsoDateTime.nullable(),
};

export const ZChargingPoint = z.object(chargingPointFields).meta({ id: 'ChargingPoint' });

export const ZChargingPointPage = pageOf(ZChargingPoint).meta({ id: 'ChargingPointPage' });

export const ZChargingPointDetail = z
  .object({
    ...chargingPointFields,
    tariff: z
      .object({
        lines: z
          .array(z.string())
          .describe('One line per price element, gross, e.g. "0.39 EUR/kWh", "incl. 19 % VAT"'),
      })
      .nullable(),
    openingHours: z.null().describe('Not recorded yet: always null'),
  })
  .meta({ id: 'ChargingPointDetail' });

export const ZFavorite = z
  .object({
    stationId: z.uuid(),
    name: z.string(),
    site: z.object({ id: z.uuid(), name: z.string(), city: z.string() }).nullable(),
    createdAt: ZIsoDateTime,
  })
  .meta({ id: 'Favorite' });

export const ZFavoriteList = itemsOf(ZFavorite).meta({ id: 'FavoriteList' });

type TFits<Documented, Actual extends Documented> = Actual;

/** Fails `tsc` when the data functions return fields the schemas do not document. */
export type TChargingPointResponseTypes = [
  TFits<z.output<typeof ZChargingPoint>, TChargingPoint>,
  TFits<z.output<typeof ZChargingPointDetail>, TChargingPointDetail>,
  TFits<z.output<typeof ZFavorite>, TFavorite>,
];
