'use client';

import { startTransition, useActionState, useEffect, useId, useRef, type FormEvent } from 'react';
import { saveVehicleAction } from '@/app/(driver)/vehicles/actions';
import type { TVehicle } from '@/lib/vehicles/vehicle-view';
import { Field } from '@/components/driver/account/field';
import { IDLE_VEHICLE_FORM, type TVehicleFieldErrors } from './vehicle-form-state';

/** Adds a vehicle (no `vehicle`) or edits one; errors appear under their fields. */
export function VehicleForm({
  vehicle,
  connectorTypes,
}: {
  vehicle?: TVehicle;
  /** The schema's connector types, passed in so the schema stays out of the client bundle. */
  connectorTypes: readonly string[];
}) {
  const id = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const [state, action, pending] = useActionState(saveVehicleAction, IDLE_VEHICLE_FORM);
  const errors: TVehicleFieldErrors = state.status === 'invalid' ? state.fieldErrors : {};

  // A new vehicle was added: empty the form for the next one.
  useEffect(() => {
    if (state.status === 'saved' && !vehicle) formRef.current?.reset();
  }, [state, vehicle]);

  // Submitted by hand, not through `action=`, so React keeps what was typed when it is refused.
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    startTransition(() => action(form));
  }

  const prefix = vehicle ? `vehicle-${vehicle.id}` : 'new-vehicle';
  return (
    <form
      ref={formRef}
      onSubmit={onSubmit}
      noValidate
      aria-label={vehicle ? `Edit ${vehicle.make} ${vehicle.model}` : 'Add a vehicle'}
      className="grid gap-3 sm:grid-cols-3"
    >
      {vehicle && <input type="hidden" name="id" value={vehicle.id} />}
      <Field
        label="Make"
        name="make"
        id={`${prefix}-make`}
        required
        defaultValue={vehicle?.make}
        error={errors.make}
      />
      <Field
        label="Model"
        name="model"
        id={`${prefix}-model`}
        required
        defaultValue={vehicle?.model}
        error={errors.model}
      />
      <Field
        label="Battery (kWh, optional)"
        name="batteryKwh"
        id={`${prefix}-battery`}
        inputMode="decimal"
        defaultValue={
          vehicle?.batteryCapacityWh ? String(vehicle.batteryCapacityWh / 1000) : undefined
        }
        error={errors.batteryKwh}
      />
      <fieldset
        className="sm:col-span-3"
        aria-describedby={errors.connectorTypes ? `${id}-types-error` : undefined}
      >
        <legend className="text-sm font-medium text-slate-700">Connector types</legend>
        <div className="mt-1 flex flex-wrap gap-x-4 gap-y-2">
          {connectorTypes.map((type) => (
            <label key={type} className="flex items-center gap-2 text-sm text-slate-700">
              <input
                type="checkbox"
                name="connectorTypes"
                value={type}
                defaultChecked={vehicle?.connectorTypes.some((t) => t === type)}
                className="accent-brand-600 size-4"
              />
              {type}
            </label>
          ))}
        </div>
        {errors.connectorTypes && (
          <p id={`${id}-types-error`} className="mt-1 text-xs text-red-700">
            {errors.connectorTypes}
          </p>
        )}
      </fieldset>
      <label className="flex items-center gap-2 text-sm text-slate-700 sm:col-span-3">
        <input
          type="checkbox"
          name="isDefault"
          defaultChecked={vehicle?.isDefault}
          disabled={vehicle?.isDefault}
          className="accent-brand-600 size-4"
        />
        Pre-select this vehicle when I charge (default)
      </label>
      <div className="flex flex-wrap items-center gap-3 sm:col-span-3">
        <button
          type="submit"
          disabled={pending}
          className="bg-brand-600 hover:bg-brand-700 rounded-lg px-4 py-2 text-sm font-medium text-white disabled:opacity-60"
        >
          {pending ? 'Saving…' : vehicle ? 'Save changes' : 'Add vehicle'}
        </button>
        {state.status !== 'idle' && (
          <p
            role={state.status === 'saved' ? 'status' : 'alert'}
            className={`text-sm ${state.status === 'saved' ? 'text-emerald-700' : 'text-red-700'}`}
          >
            {state.message}
          </p>
        )}
      </div>
    </form>
  );
}
