import { LineChart, type TChartPoint } from '@/components/ui/charts/line-chart';
import type { TSessionMeterValue } from '@/lib/sessions/session-read-records';

const ENERGY = 'Energy.Active.Import.Register';
const POWER = 'Power.Active.Import';

/** Phase-less samples of one measurand, scaled to the chart's unit (kWh or kW). */
function series(values: TSessionMeterValue[], measurand: string): TChartPoint[] {
  return values
    .filter((v) => v.measurand === measurand && v.phase === null)
    .map((v) => ({
      x: Date.parse(v.sampledAt),
      y: v.unit === 'kWh' || v.unit === 'kW' ? v.value : v.value / 1000,
    }));
}

/** The session's meter curve: energy delivered since the first sample, and power when reported. */
export function SessionMeterChart({ values }: { values: TSessionMeterValue[] }) {
  const register = series(values, ENERGY);
  // The register counts the charger's lifetime: the first sample is this session's zero.
  const start = register[0]?.y ?? 0;
  const energy = register.map((p) => ({ x: p.x, y: Math.max(0, p.y - start) }));
  const power = series(values, POWER);
  return (
    <div className="grid gap-4 md:grid-cols-2">
      <figure>
        <figcaption className="mb-1 text-xs font-medium text-slate-600">
          Energy delivered
        </figcaption>
        <LineChart points={energy} label="Energy delivered" unit="kWh" />
      </figure>
      <figure>
        <figcaption className="mb-1 text-xs font-medium text-slate-600">Power</figcaption>
        <LineChart points={power} label="Power" unit="kW" emptyText="No power samples." />
      </figure>
    </div>
  );
}
