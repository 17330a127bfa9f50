import type { ChargePointContext } from './context';
import { requireConnector, setStatus, statusAfterSession } from './status';
import { stopTransaction } from './transactions';
import { randomVehicle, SimulatedVehicle, type VehicleSpec } from './vehicle';

/** A driver plugs a vehicle in: an available connector goes to Preparing. */
export function plugIn(ctx: ChargePointContext, connectorId: number, vehicle?: VehicleSpec): void {
  const connector = requireConnector(ctx, connectorId);
  if (connector.plugged)
    throw new Error(`${ctx.options.identity} connector ${connectorId}: already plugged in`);
  connector.vehicle = new SimulatedVehicle(
    vehicle ?? ctx.options.vehicleFor?.(connectorId) ?? randomVehicle(ctx.random),
  );
  if (connector.status === 'Available') setStatus(ctx, connectorId, 'Preparing');
}

/**
 * The driver unplugs. A running transaction ends with EVDisconnected when
 * StopTransactionOnEVSideDisconnect is set; otherwise it stays open, suspended by the EV.
 */
export async function unplug(ctx: ChargePointContext, connectorId: number): Promise<void> {
  const connector = requireConnector(ctx, connectorId);
  if (!connector.plugged) return;
  if (connector.transaction) {
    if (ctx.config.flag('StopTransactionOnEVSideDisconnect')) {
      await stopTransaction(ctx, connectorId, 'EVDisconnected');
      return;
    }
    connector.vehicle = undefined;
    setStatus(ctx, connectorId, 'SuspendedEV');
    return;
  }
  connector.vehicle = undefined;
  if (connector.status === 'Preparing' || connector.status === 'Finishing') {
    setStatus(ctx, connectorId, statusAfterSession(connector));
  }
}
