import { z } from 'zod';
import { connectorType, registrationStatus } from '@/db/schema';

/** Largest value a PostgreSQL `integer` column holds. */
const PG_INT_MAX = 2_147_483_647;

/**
 * The charge point identity, as the ocpp-server receives it: the last path segment of
 * ws://host/ocpp/{identity}, which must also be the basic-auth user name. So no `/` (it would
 * move the endpoint), no `%` (the segment is URL-decoded), no `:` (it ends the basic-auth user
 * name) and nothing that needs encoding, because operators paste `ocppUrl` into chargers as is.
 * What is left is OCPP's identifierString minus `:` and `|`, at most 48 characters, starting
 * with a letter or digit (so `.` and `..` cannot be dot segments).
 */
export const ZStationIdentity = z
  .string()
  .regex(
    /^[A-Za-z0-9][A-Za-z0-9*\-_=+@.]{0,47}$/,
    'Use 1–48 characters: letters, digits and * - _ = + @ . (starting with a letter or digit)',
  )
  .describe('The OCPP charge point identity: the last path segment of the OCPP URL');

const ZConnectorNumber = z
  .number()
  .int()
  .min(1)
  .max(PG_INT_MAX)
  .describe('The OCPP connectorId (1-based)');
const ZConnectorKind = z.enum(connectorType.enumValues);
const ZMaxPowerW = z.number().int().positive().max(PG_INT_MAX).describe('Maximum power in watts');

const ZStationName = z.string().trim().min(1).max(200);
const ZShortText = z.string().trim().min(1).max(100);
const ZRegistration = z
  .enum(registrationStatus.enumValues)
  .describe('Answered to the charger’s BootNotification: Pending waits for an operator');

export const ZCreateConnectorRequest = z.strictObject({
  connectorId: ZConnectorNumber,
  type: ZConnectorKind,
  maxPowerW: ZMaxPowerW,
});
export type TCreateConnectorRequest = z.infer<typeof ZCreateConnectorRequest>;

export const ZCreateStationRequest = z.strictObject({
  identity: ZStationIdentity,
  name: ZStationName,
  siteId: z.uuid().optional(),
  tariffId: z.uuid().optional().describe('Overrides the site’s tariff'),
  vendor: ZShortText.optional(),
  model: ZShortText.optional(),
  registrationStatus: ZRegistration.default('Accepted'),
  connectors: z
    .array(ZCreateConnectorRequest)
    .max(100)
    .superRefine((list, ctx) => {
      const seen = new Set<number>();
      list.forEach((connector, index) => {
        if (seen.has(connector.connectorId)) {
          ctx.addIssue({
            code: 'custom',
            path: [index, 'connectorId'],
            message: `connectorId ${connector.connectorId} appears more than once`,
          });
        }
        seen.add(connector.connectorId);
      });
    })
    .default([]),
});
export type TCreateStationRequest = z.infer<typeof ZCreateStationRequest>;

/** A PATCH must change something; an empty (or all-unknown) body is a mistake worth a 422. */
function atLeastOneField(body: Record<string, unknown>): boolean {
  return Object.values(body).some((value) => value !== undefined);
}
const NOTHING_TO_CHANGE = { message: 'Give at least one field to change' };

export const ZUpdateStationRequest = z
  .strictObject({
    name: ZStationName.optional(),
    siteId: z.uuid().nullable().optional().describe('null detaches the station from its site'),
    tariffId: z.uuid().nullable().optional().describe('null falls back to the site’s tariff'),
    vendor: ZShortText.nullable().optional(),
    model: ZShortText.nullable().optional(),
    registrationStatus: ZRegistration.optional(),
  })
  .refine(atLeastOneField, NOTHING_TO_CHANGE);
export type TUpdateStationRequest = z.infer<typeof ZUpdateStationRequest>;

export const ZUpdateConnectorRequest = z
  .strictObject({ type: ZConnectorKind.optional(), maxPowerW: ZMaxPowerW.optional() })
  .refine(atLeastOneField, NOTHING_TO_CHANGE);
export type TUpdateConnectorRequest = z.infer<typeof ZUpdateConnectorRequest>;

/** `/stations/{id}/connectors/{connectorId}`: the OCPP connector number, not a row id. */
export const ZConnectorParams = z.object({
  id: z.uuid(),
  connectorId: z.coerce.number().int().min(1).max(PG_INT_MAX),
});
export type TConnectorParams = z.infer<typeof ZConnectorParams>;
