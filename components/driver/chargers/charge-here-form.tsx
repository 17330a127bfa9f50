'use client';

import Link from 'next/link';
import { useActionState, useId } from 'react';
import { chargeHereAction } from '@/app/(driver)/chargers/[id]/actions';
import { IDLE_CHARGE_FORM } from './charger-form-state';

export interface TVehicleChoice {
  id: string;
  label: string;
  isDefault: boolean;
}

/** "Charge here" for one connector, with the car to charge (the default one pre-selected). */
export function ChargeHereForm({
  stationId,
  connectorId,
  vehicles,
  queued,
}: {
  stationId: string;
  connectorId: number;
  vehicles: TVehicleChoice[];
  /** The connector is busy: the request joins its queue. */
  queued: boolean;
}) {
  const id = useId();
  const [state, action, pending] = useActionState(chargeHereAction, IDLE_CHARGE_FORM);
  const refused = state.status === 'refused' ? state : null;
  const preselected = vehicles.find((v) => v.isDefault)?.id ?? '';
  return (
    <form
      action={action}
      className="flex flex-wrap items-end gap-2"
      aria-label={`Charge at connector ${connectorId}`}
    >
      <input type="hidden" name="stationId" value={stationId} />
      <input type="hidden" name="connectorId" value={connectorId} />
      {vehicles.length > 0 && (
        <div className="min-w-40 flex-1">
          <label htmlFor={`${id}-vehicle`} className="block text-xs font-medium text-slate-600">
            Vehicle
          </label>
          <select
            id={`${id}-vehicle`}
            name="vehicleId"
            defaultValue={preselected}
            aria-invalid={refused?.vehicleError ? true : undefined}
            aria-describedby={refused?.vehicleError ? `${id}-vehicle-error` : undefined}
            className="focus:border-brand-500 mt-1 block w-full rounded-lg border border-slate-300 bg-white px-2 py-2 text-sm"
          >
            <option value="">No vehicle</option>
            {vehicles.map((vehicle) => (
              <option key={vehicle.id} value={vehicle.id}>
                {vehicle.label}
                {vehicle.isDefault ? ' (default)' : ''}
              </option>
            ))}
          </select>
          {refused?.vehicleError && (
            <p id={`${id}-vehicle-error`} className="mt-1 text-xs text-red-700">
              {refused.vehicleError}
            </p>
          )}
        </div>
      )}
      <button
        type="submit"
        disabled={pending}
        data-testid={`charge-here-${connectorId}`}
        className="bg-brand-600 hover:bg-brand-700 rounded-lg px-4 py-2 text-sm font-medium text-white disabled:opacity-60"
      >
        {pending ? 'Requesting…' : queued ? 'Join the queue' : 'Charge here'}
      </button>
      {refused && !refused.vehicleError && (
        <p role="alert" className="basis-full text-sm text-red-700" data-testid="charge-error">
          {refused.message}
          {refused.waitingSessionId && (
            <>
              {' '}
              <Link href="/session" className="font-medium underline">
                See your current session
              </Link>
            </>
          )}
        </p>
      )}
    </form>
  );
}
