import type { TCostBreakdown, TSessionTariffSnapshot } from '@/db/schema/sessions';
import { formatKwh } from './format-money';

type TCostLine = TCostBreakdown['lines'][number];

const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

/** "Mon-Fri 22:00-06:00": a band's days and hours, in the site's local time. */
function describeBand(band: TSessionTariffSnapshot['bands'][number]): string {
  const days = [...band.days].sort((a, b) => a - b);
  const consecutive = days.every((day, i) => i === 0 || day === days[i - 1]! + 1);
  const names = days.map((day) => WEEKDAYS[day - 1] ?? String(day));
  const dayText =
    days.length === 7
      ? 'every day'
      : consecutive && days.length > 2
        ? `${names[0]}-${names.at(-1)}`
        : names.join(', ');
  return `${dayText} ${band.from}-${band.to}`;
}

/** Whole seconds as "1 h 05 min 09 s" (leading zero units left out). */
export function formatDuration(seconds: number): string {
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  const pad = (n: number) => String(n).padStart(2, '0');
  if (h > 0) return `${h} h ${pad(m)} min ${pad(s)} s`;
  if (m > 0) return `${m} min ${pad(s)} s`;
  return `${s} s`;
}

/** One receipt line in words: what was charged for, and how much of it. */
export function describeCostLine(
  line: TCostLine,
  snapshot: TSessionTariffSnapshot | null,
): { label: string; quantity: string } {
  const band = line.band === null ? undefined : snapshot?.bands[line.band];
  const inBand = band ? ` (time-of-use band ${describeBand(band)})` : '';
  switch (line.kind) {
    case 'energy':
      return { label: `Energy${inBand}`, quantity: `${formatKwh(line.quantity)} kWh` };
    case 'time':
      return { label: `Charging time${inBand}`, quantity: formatDuration(line.quantity) };
    case 'session':
      return {
        label: 'Session fee',
        quantity: line.quantity === 1 ? 'once per session' : `${line.quantity} x`,
      };
    case 'idle': {
      const grace = snapshot?.idleGraceMinutes
        ? ` after ${snapshot.idleGraceMinutes} min grace`
        : '';
      return {
        label: `Idle fee (plugged in, not charging${grace})`,
        quantity: formatDuration(line.quantity),
      };
    }
  }
}
