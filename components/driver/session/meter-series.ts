import type { TChartPoint } from '@/components/ui/charts/line-chart';
import type { TSessionMeterValue } from '@/lib/sessions/session-read-records';

const POWER = 'Power.Active.Import';
const ENERGY = 'Energy.Active.Import.Register';
/** Per-phase values that add up to the total (line-to-line and neutral ones would double count). */
const PHASE_TO_NEUTRAL = /^L[123](-N)?$/;

/** Chargers report in W or kW, Wh or kWh; the charts speak kW and kWh. */
function toKilo(sample: TSessionMeterValue): number {
  return sample.unit?.toLowerCase().startsWith('k') ? sample.value : sample.value / 1000;
}

/**
 * One value per timestamp: a charger reporting per phase gets its phases summed; a total
 * (no phase) wins over phases when both are sent.
 */
function perTimestamp(samples: TSessionMeterValue[], measurand: string): TChartPoint[] {
  const byTime = new Map<string, { total: number | null; phases: number }>();
  for (const sample of samples) {
    if (sample.measurand !== measurand) continue;
    const entry = byTime.get(sample.sampledAt) ?? { total: null, phases: 0 };
    if (sample.phase === null || sample.phase === '') entry.total = toKilo(sample);
    else if (PHASE_TO_NEUTRAL.test(sample.phase)) entry.phases += toKilo(sample);
    byTime.set(sample.sampledAt, entry);
  }
  return [...byTime]
    .map(([at, { total, phases }]) => ({ x: Date.parse(at), y: total ?? phases }))
    .sort((a, b) => a.x - b.x);
}

/** Energy delivered so far (kWh from the session's first register reading). */
export function energySeries(samples: TSessionMeterValue[]): TChartPoint[] {
  const register = perTimestamp(samples, ENERGY);
  const start = register[0]?.y ?? 0;
  return register.map((p) => ({ x: p.x, y: Math.max(0, p.y - start) }));
}

/**
 * Power in kW: the charger's own Power.Active.Import samples, or, when it sends none, the
 * average power between consecutive energy register readings.
 */
export function powerSeries(samples: TSessionMeterValue[]): TChartPoint[] {
  const reported = perTimestamp(samples, POWER);
  if (reported.length > 0) return reported;
  const register = perTimestamp(samples, ENERGY);
  const derived: TChartPoint[] = [];
  for (let i = 1; i < register.length; i++) {
    const previous = register[i - 1]!;
    const current = register[i]!;
    const hours = (current.x - previous.x) / 3_600_000;
    if (hours <= 0) continue;
    derived.push({ x: current.x, y: Math.max(0, (current.y - previous.y) / hours) });
  }
  return derived;
}
