import { z } from 'zod';
import { connectorType } from '@/db/schema';
import { ZPageQuery } from '@/lib/api/pagination';

const ZText = (max: number) => z.string().trim().min(1, { error: 'must not be empty' }).max(max);

/** Duplicates dropped: a car has each plug type or not. */
const ZConnectorTypes = z
  .array(z.enum(connectorType.enumValues))
  .max(connectorType.enumValues.length * 2)
  .transform((list) => [...new Set(list)]);

const ZBatteryCapacityWh = z
  .number()
  .int()
  .positive()
  .max(1_000_000)
  .describe('Usable battery capacity in Wh, for state-of-charge estimates');

export const ZCreateVehicleRequest = z.strictObject({
  make: ZText(60),
  model: ZText(60),
  batteryCapacityWh: ZBatteryCapacityWh.nullable().optional(),
  connectorTypes: ZConnectorTypes,
  isDefault: z
    .boolean()
    .optional()
    .describe('Pre-selected when charging; unsets the others. A first vehicle defaults to true'),
  userId: z
    .uuid()
    .optional()
    .describe('Operators only: whose vehicle. A driver always adds their own (another id: 403)'),
});
export type TCreateVehicleRequest = z.infer<typeof ZCreateVehicleRequest>;

/** Every field optional; null clears batteryCapacityWh. */
export const ZUpdateVehicleRequest = z
  .strictObject({
    make: ZText(60),
    model: ZText(60),
    batteryCapacityWh: ZBatteryCapacityWh.nullable(),
    connectorTypes: ZConnectorTypes,
    isDefault: z.boolean().describe('true unsets the default flag of the owner’s other vehicles'),
  })
  .partial();
export type TUpdateVehicleRequest = z.infer<typeof ZUpdateVehicleRequest>;

export const ZListVehiclesQuery = ZPageQuery.extend({
  userId: z.uuid().optional().describe('Operators: only this driver’s vehicles'),
});
export type TListVehiclesQuery = z.infer<typeof ZListVehiclesQuery>;
