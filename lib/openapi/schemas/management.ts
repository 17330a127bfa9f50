import { z } from 'zod';
import type { TCreatedStation } from '@/lib/stations/create-station';
import type { TManagedConnector, TManagedStation } from '@/lib/stations/get-managed-station';
import { ZIsoDateTime } from './common';
import { ZConnectorStatus, ZConnectorType } from './public';
import { ZConnectionState, ZRegistrationStatus } from './stations';

export const ZManagedConnector = z
  .object({
    connectorId: z.number().int().describe('The OCPP connectorId (1-based)'),
    type: ZConnectorType.nullable(),
    maxPowerW: z.number().int().nullable(),
    status: ZConnectorStatus.describe('As the charger last reported it'),
  })
  .meta({ id: 'ManagedConnector' });

export const ZManagedStation = z
  .object({
    id: z.uuid(),
    identity: z.string(),
    name: z.string(),
    siteId: z.uuid().nullable(),
    tariffId: z.uuid().nullable().describe('Overrides the site’s tariff; null uses the site’s'),
    vendor: z.string().nullable(),
    model: z.string().nullable(),
    registrationStatus: ZRegistrationStatus,
    connectionState: ZConnectionState,
    ocppVersion: z.string(),
    createdAt: ZIsoDateTime,
    connectors: z.array(ZManagedConnector),
  })
  .meta({ id: 'ManagedStation' });

const ZOcppCredentials = {
  ocppPassword: z
    .string()
    .describe('The basic-auth password (AuthorizationKey) for the charger. Shown only once.'),
  ocppUrl: z.string().describe('The URL the charger connects to: the OCPP endpoint + identity'),
};

export const ZCreatedStation = z
  .object({ station: ZManagedStation, ...ZOcppCredentials })
  .meta({ id: 'CreatedStation' });

export const ZStationCredentials = z.object(ZOcppCredentials).meta({ id: 'StationCredentials' });

/** Compiles only when every value of type `Actual` fits the documented schema's type. */
type TFits<Documented, Actual extends Documented> = Actual;

/** The write functions' return types checked against the documented schemas (see tsc). */
export type TDocumentedManagementTypes = [
  TFits<z.output<typeof ZManagedConnector>, TManagedConnector>,
  TFits<z.output<typeof ZManagedStation>, TManagedStation>,
  TFits<Omit<z.output<typeof ZCreatedStation>, 'ocppUrl'>, TCreatedStation>,
];
