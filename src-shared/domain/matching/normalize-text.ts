/**
 * Bank text reduced to what identifies a merchant or counterparty: case, accents, punctuation,
 * card/reference numbers and long digit runs removed. Used for fingerprints and similarity.
 */
export function normalizeText(text: string): string {
  // Most bank text is ASCII: skip Unicode decomposition for it (a hot path at a million rows).
  const folded = /^[\x20-\x7e]*$/.test(text) ? text : text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
  return folded
    .toLowerCase()
    .replace(/\b(?:card|crd|ref|pos|purchase|debit|credit|visa|mastercard|ach|ppd|id)\b/g, ' ')
    .replace(/[0-9]+/g, ' ')
    .replace(/[^a-z]+/g, ' ')
    // Not trim(): its result is a slice that keeps the whole longer string alive (about 700
    // bytes a row at a million rows); a replace builds a string of its own.
    .replace(/^ | $/g, '');
}

export function tokens(text: string): string[] {
  const n = normalizeText(text);
  return n ? n.split(' ').filter((t) => t.length > 1) : [];
}
