import { formatPower } from '@/components/ui/format';
import type { TChargingPointConnector } from '@/lib/charging-points/charging-point';

/** "CCS2 150 kW · Type2 22 kW": each type once, at its highest power. */
export function summarizeConnectors(connectors: TChargingPointConnector[]): string {
  const best = new Map<string, number | null>();
  for (const c of connectors) {
    const type = c.type ?? 'Unknown';
    const power = best.get(type);
    if (power === undefined || (c.maxPowerW ?? 0) > (power ?? 0)) best.set(type, c.maxPowerW);
  }
  return [...best].map(([type, watts]) => `${type} ${formatPower(watts)}`).join(' · ');
}
