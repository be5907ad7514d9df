/**
 * Label normalization for matching bank words (header names, month names, indicator values,
 * "opening balance" rows) across languages: lower case, accents removed, punctuation to spaces.
 */

const COMBINING_MARKS = /[\u0300-\u036f]/g;
const NON_ALNUM = /[^a-z0-9]+/g;

/** "Date de l'opération" -> "date de l operation"; "Betrag (EUR)" -> "betrag eur"; "Buchungstag " -> "buchungstag". */
export function normalizeLabel(text: string): string {
  let s = text.toLowerCase();
  // Plain ASCII labels (the common case) skip the Unicode decomposition.
  // eslint-disable-next-line no-control-regex
  if (/[^\x00-\x7f]/.test(s)) {
    s = s.replace(/ß/g, 'ss').normalize('NFD').replace(COMBINING_MARKS, '');
  }
  return s.replace(NON_ALNUM, ' ').trim();
}

/**
 * Collapses runs of whitespace in bank text to one space. Bank exports pad fixed-width fields
 * with spaces; the fast path avoids a regex for the common clean cell.
 */
export function cleanText(text: string): string {
  if (text === '') return text;
  if (!MESSY.test(text)) {
    const last = text.length - 1;
    return text.charCodeAt(0) === 32 || text.charCodeAt(last) === 32 ? text.trim() : text;
  }
  return text.replace(/\s+/g, ' ').trim();
}

/** Whitespace that needs collapsing: tabs, line breaks, no-break spaces, double spaces. */
const MESSY = /[\t\n\r\u00a0]| {2}/;

/** True when the text holds at least one letter (of any script). */
export function hasLetter(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return true;
    if (c >= 0x80 && LETTER.test(text[i]!)) return true;
  }
  return false;
}

const LETTER = /\p{L}/u;
