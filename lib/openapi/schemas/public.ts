import { z } from 'zod';
import { connectorStatus, connectorType } from '@/db/schema';

export const ZHealth = z
  .object({ status: z.literal('ok'), database: z.literal('ok') })
  .meta({ id: 'Health' });

export const ZConnectorType = z.enum(connectorType.enumValues).meta({ id: 'ConnectorType' });
export const ZConnectorStatus = z.enum(connectorStatus.enumValues).meta({ id: 'ConnectorStatus' });

const ZPublicConnector = z.object({
  connectorId: z.number().int(),
  type: ZConnectorType.nullable(),
  maxPowerW: z.number().nullable(),
  status: ZConnectorStatus,
});

const ZPublicStation = z.object({
  id: z.uuid(),
  name: z.string(),
  online: z.boolean(),
  connectors: z.array(ZPublicConnector),
});

export const ZPublicSite = z
  .object({
    id: z.uuid().nullable().describe('Null for stations not placed at a site yet'),
    name: z.string(),
    address: z.string().nullable(),
    city: z.string().nullable(),
    stations: z.array(ZPublicStation),
  })
  .meta({ id: 'PublicSite' });

export const ZPublicChargers = z
  .object({ sites: z.array(ZPublicSite) })
  .meta({ id: 'PublicChargers' });
