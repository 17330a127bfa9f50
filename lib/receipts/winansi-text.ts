import type { PDFFont } from 'pdf-lib';

/** Characters a standard (WinAnsi) font lacks, written the way a person would type them. */
const REPLACEMENTS: Record<string, string> = {
  '→': '->',
  '←': '<-',
  '↔': '<->',
  '⇒': '=>',
  '≥': '>=',
  '≤': '<=',
  '≠': '!=',
  '−': '-',
  '‐': '-',
  '‑': '-',
  '‒': '-',
  Ł: 'L',
  ł: 'l',
  Đ: 'D',
  đ: 'd',
  Ħ: 'H',
  ħ: 'h',
  ı: 'i',
  '\u00a0': ' ',
  '\u202f': ' ',
  '\u2009': ' ',
  '\t': ' ',
  '\n': ' ',
  '\r': ' ',
};

const COMBINING_MARKS = /\p{M}/gu;

/**
 * Makes text drawable with a standard PDF font: kept when the font has the character, else a
 * typed equivalent (→ as ->), else the letter without its accents (ő → o), else '?'. pdf-lib
 * throws on a character its WinAnsi fonts cannot encode, so every string passes through here.
 */
export function toWinAnsi(text: string, font: PDFFont): string {
  const supported = new Set(font.getCharacterSet());
  const has = (value: string) => [...value].every((ch) => supported.has(ch.codePointAt(0)!));
  let out = '';
  for (const ch of text.normalize('NFC')) {
    if (has(ch)) out += ch;
    else if (REPLACEMENTS[ch] !== undefined) out += REPLACEMENTS[ch];
    else {
      const stripped = ch.normalize('NFKD').replace(COMBINING_MARKS, '');
      out += stripped.length > 0 && has(stripped) ? stripped : '?';
    }
  }
  return out;
}
