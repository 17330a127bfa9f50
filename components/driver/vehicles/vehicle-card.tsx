import { deleteVehicleAction, setDefaultVehicleAction } from '@/app/(driver)/vehicles/actions';
import type { TVehicle } from '@/lib/vehicles/vehicle-view';
import { VehicleForm } from './vehicle-form';

const secondaryButton =
  'rounded-lg border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-700 hover:bg-slate-50';

/** One vehicle: its facts, set default and delete (plain forms: no client code), and edit. */
export function VehicleCard({
  vehicle,
  connectorTypes,
}: {
  vehicle: TVehicle;
  connectorTypes: readonly string[];
}) {
  const name = `${vehicle.make} ${vehicle.model}`;
  return (
    <li
      className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm"
      data-testid="vehicle-card"
    >
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div>
          <h2 className="font-semibold">
            {name}
            {vehicle.isDefault && (
              <span className="bg-brand-50 text-brand-700 ml-2 rounded-full px-2 py-0.5 text-xs font-medium">
                Default
              </span>
            )}
          </h2>
          <p className="text-sm text-slate-600">
            {vehicle.batteryCapacityWh
              ? `${(vehicle.batteryCapacityWh / 1000).toLocaleString('en')} kWh battery`
              : 'Battery size not given'}
            {' · '}
            {vehicle.connectorTypes.length > 0
              ? vehicle.connectorTypes.join(', ')
              : 'No connector types'}
          </p>
        </div>
        <div className="flex flex-wrap gap-2">
          {!vehicle.isDefault && (
            <form action={setDefaultVehicleAction}>
              <input type="hidden" name="id" value={vehicle.id} />
              <button
                type="submit"
                className={secondaryButton}
                aria-label={`Make ${name} the default`}
              >
                Make default
              </button>
            </form>
          )}
          <form action={deleteVehicleAction}>
            <input type="hidden" name="id" value={vehicle.id} />
            <button
              type="submit"
              className="rounded-lg border border-red-200 bg-white px-3 py-1.5 text-sm font-medium text-red-700 hover:bg-red-50"
              aria-label={`Delete ${name}`}
            >
              Delete
            </button>
          </form>
        </div>
      </div>
      <details className="mt-3 border-t border-slate-100 pt-3">
        <summary className="text-brand-700 cursor-pointer text-sm font-medium">Edit</summary>
        <div className="mt-3">
          <VehicleForm vehicle={vehicle} connectorTypes={connectorTypes} />
        </div>
      </details>
    </li>
  );
}
