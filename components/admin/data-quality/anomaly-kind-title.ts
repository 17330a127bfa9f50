import { ANOMALY_KINDS } from '@/lib/anomalies/record-anomaly';

const TITLES: Record<string, string> = ANOMALY_KINDS;

/** The readable title of an anomaly kind; a kind this build does not know shows as is. */
export function anomalyKindTitle(kind: string): string {
  return TITLES[kind] ?? kind;
}
