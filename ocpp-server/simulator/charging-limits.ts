import type { ChargePointContext } from './context';
import type {
  TChargingRateUnit as ChargingRateUnit,
  TChargingSchedule as ChargingSchedule,
} from '@/lib/smart-charging/charging-profile';
import { compositeSchedule } from '@/lib/smart-charging/composite-schedule';

/**
 * Makes a change of the installed profiles take effect now: each connector's register is
 * brought up to date at the old power, then it draws min(vehicle, rating, composite limit).
 */
export function applyChargingLimits(ctx: ChargePointContext): void {
  const now = ctx.clock.now();
  for (const connector of ctx.connectors.values()) connector.reconsider(now);
}

/**
 * The composite schedule of a connector (or of the station, connector 0) from now, as
 * GetCompositeSchedule reports it. Starts on a whole second so periods are whole seconds.
 */
export function compositeFor(
  ctx: ChargePointContext,
  connectorId: number,
  durationS: number,
  unit: ChargingRateUnit,
): ChargingSchedule & { startSchedule: string } {
  const start = Math.floor(ctx.clock.now() / 1000) * 1000;
  const connectors = [...ctx.connectors.values()];
  const connector = ctx.connectors.get(connectorId);
  const unlimitedW = connector
    ? connector.maxPowerW
    : connectors.reduce((sum, each) => sum + each.maxPowerW, 0);
  const transaction = connector?.transaction;
  return compositeSchedule({
    profiles: ctx.chargingProfiles.all,
    connectorId,
    unlimitedW,
    start,
    durationS,
    unit,
    ...(transaction && transaction.transactionId > 0 ? { transaction } : {}),
  });
}
