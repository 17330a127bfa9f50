/** Formatting shared by server and client renders; fixed locale and UTC so both agree. */

export function formatKwh(wh: number): string {
  return `${(wh / 1000).toFixed(2)} kWh`;
}

export function formatPower(watts: number | null): string {
  if (watts === null) return '—';
  const kw = watts / 1000;
  return `${Number.isInteger(kw) ? kw : kw.toFixed(1)} kW`;
}

export function formatTimestamp(iso: string | null): string {
  if (!iso) return 'never';
  return `${iso.slice(0, 10)} ${iso.slice(11, 19)} UTC`;
}
