/** An ILIKE pattern for "contains": `%`, `_` and `\` in the search are literal characters. */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
