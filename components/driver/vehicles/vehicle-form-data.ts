import { z } from 'zod';
import { connectorType } from '@/db/schema';
import type { TCreateVehicleRequest } from '@/lib/vehicles/vehicle-requests';
import type { TVehicleFieldErrors, TVehicleFormField } from './vehicle-form-state';

const ZName = z.string().trim().min(1, 'Required').max(60, 'At most 60 characters');

/** The vehicle form, as strings from FormData; the battery is typed in kWh, stored in Wh. */
export const ZVehicleForm = z.object({
  make: ZName,
  model: ZName,
  batteryKwh: z
    .string()
    .trim()
    .transform((text) => (text === '' ? null : Number(text.replace(',', '.'))))
    .pipe(
      z
        .number('A number of kWh, e.g. 77.4')
        .positive('More than 0 kWh')
        .max(1000, 'At most 1000 kWh')
        .nullable(),
    ),
  connectorTypes: z.array(z.enum(connectorType.enumValues, 'Unknown connector type')),
  isDefault: z.literal('on').optional().transform(Boolean),
} satisfies Record<TVehicleFormField, z.ZodType>);
export function parseVehicleForm(
  form: FormData,
):
  | { ok: true; vehicle: Omit<TCreateVehicleRequest, 'userId'> & { isDefault: boolean } }
  | { ok: false; fieldErrors: TVehicleFieldErrors } {
  const text = (name: string) => {
    const value = form.get(name);
    return typeof value === 'string' ? value : '';
  };
  const parsed = ZVehicleForm.safeParse({
    make: text('make'),
    model: text('model'),
    batteryKwh: text('batteryKwh'),
    connectorTypes: form.getAll('connectorTypes'),
    isDefault: form.get('isDefault') ?? undefined,
  });
  if (!parsed.success) {
    const fieldErrors: TVehicleFieldErrors = {};
    for (const issue of parsed.error.issues) {
      fieldErrors[issue.path[0] as TVehicleFormField] ??= issue.message;
    }
    return { ok: false, fieldErrors };
  }
  const { batteryKwh, connectorTypes, ...rest } = parsed.data;
  return {
    ok: true,
    vehicle: {
      ...rest,
      batteryCapacityWh: batteryKwh === null ? null : Math.round(batteryKwh * 1000),
      connectorTypes: [...new Set(connectorTypes)],
    },
  };
}
