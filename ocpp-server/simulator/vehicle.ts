import type { connectorType } from '@/db/schema/enums';
import type { Random } from './random';

export type ConnectorType = (typeof connectorType.enumValues)[number];
export type CurrentType = 'AC' | 'DC';

export interface VehicleSpec {
  batteryCapacityWh: number;
  /** State of charge when plugged in, 0–100. */
  socPercent: number;
  /** The on-board charger's limit. */
  maxAcPowerW: number;
  /** The battery's peak DC charging power. */
  maxDcPowerW: number;
  /** Whether the vehicle tells the charger its SoC (only possible over a DC connection). */
  reportsSoc: boolean;
}

/** Share of the energy drawn from the grid that ends up in the battery. */
const CHARGING_EFFICIENCY = 0.92;

const DC_CONNECTORS: readonly ConnectorType[] = ['CCS1', 'CCS2', 'CHAdeMO'];

export function currentTypeOf(type: ConnectorType): CurrentType {
  return DC_CONNECTORS.includes(type) ? 'DC' : 'AC';
}

export function randomVehicle(random: Random): VehicleSpec {
  return {
    batteryCapacityWh: random.pick([40_000, 58_000, 64_000, 77_000, 82_000, 100_000]),
    socPercent: random.int(8, 60),
    maxAcPowerW: random.pick([7_400, 11_000, 11_000, 22_000]),
    maxDcPowerW: random.pick([50_000, 100_000, 135_000, 170_000, 250_000]),
    reportsSoc: true,
  };
}

/** A plugged-in vehicle whose battery fills as energy flows. */
export class SimulatedVehicle {
  readonly spec: VehicleSpec;
  private soc: number;

  constructor(spec: VehicleSpec) {
    this.spec = spec;
    this.soc = Math.min(100, Math.max(0, spec.socPercent));
  }

  get socPercent(): number {
    return this.soc;
  }

  get isFull(): boolean {
    return this.soc >= 100;
  }

  absorb(energyWh: number): void {
    const added = ((energyWh * CHARGING_EFFICIENCY) / this.spec.batteryCapacityWh) * 100;
    this.soc = Math.min(100, this.soc + added);
  }

  /**
   * The power the vehicle draws when the charger offers `offeredW`. AC stays flat at the lower
   * of the two limits until the battery is nearly full; DC holds its peak to about 50 %, eases
   * off to 80 % and then tapers steeply, as real batteries do.
   */
  drawW(current: CurrentType, offeredW: number): number {
    if (this.isFull || offeredW <= 0) return 0;
    const limit = Math.min(
      offeredW,
      current === 'AC' ? this.spec.maxAcPowerW : this.spec.maxDcPowerW,
    );
    const factor = current === 'AC' ? acTaper(this.soc) : dcTaper(this.soc);
    return Math.round(limit * factor);
  }
}

function acTaper(soc: number): number {
  return soc < 95 ? 1 : Math.max(0.15, (100 - soc) / 5);
}

function dcTaper(soc: number): number {
  if (soc <= 50) return 1;
  if (soc <= 80) return 1 - ((soc - 50) / 30) * 0.2;
  return Math.max(0.05, 0.8 - ((soc - 80) / 20) * 0.75);
}
