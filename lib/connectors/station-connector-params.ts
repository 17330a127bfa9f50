import { z } from 'zod';

/**
 * `/stations/{id}/connectors/{connectorId}` segments: the station's uuid and the OCPP connector
 * number (1-based); anything else names no connector (404).
 */
export const ZStationConnectorParams = z.object({
  id: z.uuid(),
  connectorId: z.coerce
    .number()
    .int()
    .min(1)
    .max(1_000)
    .describe('The OCPP connector number, 1-based'),
});

export type TStationConnectorParams = z.infer<typeof ZStationConnectorParams>;
