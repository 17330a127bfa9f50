import { formatMinorUnits } from '@/lib/receipts/format-money';
import type { TSessionStatus } from '@/lib/sessions/session-states';

/** Minor units to "12.34 EUR" by integer arithmetic (JPY has no decimals). */
export function formatMoney(minor: number | null, currency: string | null): string {
  if (minor === null || !currency) return '—';
  return `${formatMinorUnits(minor, currency)} ${currency}`;
}

/** Seconds as "1 h 05 min", "12 min 03 s" or "45 s". */
export function formatDuration(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const rest = s % 60;
  if (h > 0) return `${h} h ${String(m).padStart(2, '0')} min`;
  if (m > 0) return `${m} min ${String(rest).padStart(2, '0')} s`;
  return `${rest} s`;
}

/** A date and time in the given zone, with the zone named so nobody has to guess. */
export function formatDateTime(iso: string | null, timeZone: string): string {
  if (!iso) return '—';
  const text = new Intl.DateTimeFormat('en-GB', {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone,
  }).format(new Date(iso));
  return `${text} (${timeZone})`;
}

export const STATUS_LABELS: Record<TSessionStatus, string> = {
  PENDING: 'Requested',
  APPROVED: 'Approved: plug in',
  CHARGING: 'Charging',
  COMPLETED: 'Completed',
  STOPPED: 'Stopped',
  FAILED: 'Failed',
  DENIED: 'Denied',
  CANCELLED: 'Cancelled',
};

export const OPEN_STATUSES: readonly TSessionStatus[] = ['PENDING', 'APPROVED', 'CHARGING'];
