import type { TTone } from '@/components/ui/connector-status';
import type { TChargingPointStatus } from '@/lib/charging-points/charging-point';

export const POINT_STATUS_LABEL: Record<TChargingPointStatus, string> = {
  free: 'Free',
  occupied: 'Occupied',
  offline: 'Offline',
  faulted: 'Faulted',
};

export const POINT_STATUS_TONE: Record<TChargingPointStatus, TTone> = {
  free: 'green',
  occupied: 'blue',
  offline: 'grey',
  faulted: 'red',
};

/** Marker fills on the map (Tailwind's emerald/sky/slate/red 600: AA contrast on white text). */
export const POINT_STATUS_FILL: Record<TChargingPointStatus, string> = {
  free: '#059669',
  occupied: '#0284c7',
  offline: '#64748b',
  faulted: '#dc2626',
};

export function formatWait(seconds: number): string {
  if (seconds <= 0) return 'no wait';
  const minutes = Math.max(1, Math.round(seconds / 60));
  if (minutes < 60) return `about ${minutes} min`;
  const hours = Math.floor(minutes / 60);
  return `about ${hours} h ${minutes % 60} min`;
}

export function formatDistance(km: number | null): string | null {
  if (km === null) return null;
  return km < 1 ? `${Math.round(km * 1000)} m` : `${km < 10 ? km.toFixed(1) : Math.round(km)} km`;
}
