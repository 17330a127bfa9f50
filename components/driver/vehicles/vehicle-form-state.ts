/** What the vehicle form shows; free of zod and the schema, so the client bundle stays small. */
export type TVehicleFormField = 'make' | 'model' | 'batteryKwh' | 'connectorTypes' | 'isDefault';
export type TVehicleFieldErrors = Partial<Record<TVehicleFormField, string>>;

export type TVehicleFormState =
  | { status: 'idle' }
  | { status: 'invalid'; message: string; fieldErrors: TVehicleFieldErrors }
  | { status: 'refused'; message: string }
  | { status: 'saved'; message: string };

export const IDLE_VEHICLE_FORM: TVehicleFormState = { status: 'idle' };
