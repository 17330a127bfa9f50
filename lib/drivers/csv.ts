/**
 * One RFC 4180 field: quoted when it holds a comma, quote, CR or LF (quotes doubled). Text
 * starting like a formula (= + - @) gets a leading apostrophe so spreadsheets show it rather
 * than run it; numbers are passed as numbers and never touched.
 */
export function csvField(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** Records joined with CRLF, as RFC 4180 has it, ending with a line break. */
export function csvRecords(records: (string | number | null)[][]): string {
  return records.map((record) => record.map(csvField).join(',')).join('\r\n') + '\r\n';
}
