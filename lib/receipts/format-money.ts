/** Minor units per major unit of an ISO 4217 currency (2 for EUR, 0 for JPY). */
export function currencyDigits(currency: string): number {
  try {
    return (
      new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions()
        .maximumFractionDigits ?? 2
    );
  } catch {
    return 2;
  }
}

/** An integer scaled down by 10^digits as a plain decimal, by integer arithmetic (no float). */
function scaled(value: number, digits: number): string {
  const sign = value < 0 ? '-' : '';
  const text = String(Math.abs(Math.round(value))).padStart(digits + 1, '0');
  if (digits === 0) return `${sign}${text}`;
  return `${sign}${text.slice(0, -digits)}.${text.slice(-digits)}`;
}

/** An amount in minor units as a plain decimal ("12.34"; "1234" for JPY). */
export function formatMinorUnits(minor: number, currency: string | null): string {
  return scaled(minor, currency ? currencyDigits(currency) : 2);
}

/** Wh as kWh with three decimals ("12.345"). */
export function formatKwh(wh: number): string {
  return scaled(wh, 3);
}
