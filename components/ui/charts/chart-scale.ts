/** The top of a value axis: the next 1, 2, 2.5, 5 or 10 × a power of ten at or above `value`. */
export function niceMax(value: number): number {
  if (value <= 0) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(value));
  const step = [1, 2, 2.5, 5, 10].find((s) => s * magnitude >= value) ?? 10;
  return step * magnitude;
}

/** An axis label for a time: hours and minutes in `timeZone`. */
export function clock(ms: number, timeZone: string): string {
  return new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', timeZone }).format(
    ms,
  );
}

/** A value label: whole numbers as they are, others to one decimal. */
export function formatValue(n: number): string {
  return Number.isInteger(n) ? String(n) : n.toFixed(1);
}
