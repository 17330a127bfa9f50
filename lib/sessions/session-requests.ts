import { z } from 'zod';

const ZMetadata = z
  .record(z.string(), z.unknown())
  .refine((value) => JSON.stringify(value).length <= 4096, 'metadata is limited to 4 KB of JSON')
  .describe('Free-form data (location, bay, fleet reference), stored and returned as given');

/** Where to charge: a station by id or by its OCPP identity, optionally one connector. */
const where = {
  stationId: z.uuid().optional(),
  chargerId: z
    .string()
    .min(1)
    .max(64)
    .optional()
    .describe('The charge point identity, as an alternative to stationId'),
  connectorId: z
    .number()
    .int()
    .min(1)
    .optional()
    .describe('OCPP connector number; omitted: the first free connector'),
};

function oneStation<T extends { stationId?: string | undefined; chargerId?: string | undefined }>(
  body: T,
) {
  return (body.stationId === undefined) !== (body.chargerId === undefined);
}
const ONE_STATION = { message: 'Give exactly one of stationId or chargerId', path: ['stationId'] };

/** Body of POST /sessions (start now) and of a driver's charge request (start or queue). */
export const ZStartSessionRequest = z
  .object({
    ...where,
    idTag: z
      .string()
      .min(1)
      .max(20)
      .optional()
      .describe('The RFID tag to start with; drivers default to their own first valid tag'),
    vehicleId: z.uuid().optional(),
    metadata: ZMetadata.optional(),
  })
  .refine(oneStation, ONE_STATION)
  .meta({ id: 'StartSessionRequest' });

export type TStartSessionRequest = z.infer<typeof ZStartSessionRequest>;
