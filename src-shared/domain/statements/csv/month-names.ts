/**
 * Month names and abbreviations in the languages of the banks FinGood reads (English, German,
 * Dutch, French, Spanish, Portuguese, Italian), accent-free and lower case. No word maps to two
 * different months, so the language never has to be known.
 */
const MONTHS: readonly (readonly string[])[] = [
  ['jan', 'january', 'januar', 'janner', 'jaenner', 'januari', 'janv', 'janvier', 'ene', 'enero', 'janeiro', 'gen', 'gennaio'],
  ['feb', 'february', 'februar', 'februari', 'fev', 'fevr', 'fevrier', 'febrero', 'fevereiro', 'febbraio'],
  ['mar', 'march', 'marz', 'maerz', 'mrz', 'maart', 'mrt', 'mars', 'marzo', 'marco'],
  ['apr', 'april', 'avr', 'avril', 'abr', 'abril', 'aprile'],
  ['may', 'mai', 'mei', 'mayo', 'maio', 'mag', 'maggio'],
  ['jun', 'june', 'juni', 'juin', 'junio', 'junho', 'giu', 'giugno'],
  ['jul', 'july', 'juli', 'juil', 'juillet', 'julio', 'julho', 'lug', 'luglio'],
  ['aug', 'august', 'augustus', 'aou', 'aout', 'ago', 'agosto'],
  ['sep', 'sept', 'september', 'septembre', 'septiembre', 'setiembre', 'set', 'setembro', 'settembre'],
  ['oct', 'october', 'okt', 'oktober', 'octobre', 'octubre', 'out', 'outubro', 'ott', 'ottobre'],
  ['nov', 'november', 'novembre', 'noviembre', 'novembro'],
  ['dec', 'december', 'dez', 'dezember', 'decembre', 'dic', 'diciembre', 'dezembro', 'dicembre'],
];

const BY_NAME = new Map<string, number>();
MONTHS.forEach((names, i) => { for (const n of names) BY_NAME.set(n, i + 1); });

/** "Nov" / "nov." / "Décembre" / "MÄR" -> 1..12; null when the word is no month. */
export function monthFromName(word: string): number | null {
  let w = word.toLowerCase();
  if (w.endsWith('.')) w = w.slice(0, -1);
  const direct = BY_NAME.get(w);
  if (direct !== undefined) return direct;
  // Accented spellings (déc, févr, mär, août) are rare; decompose only then.
  // eslint-disable-next-line no-control-regex
  if (!/[^\x00-\x7f]/.test(w)) return null;
  return BY_NAME.get(w.normalize('NFD').replace(/[\u0300-\u036f]/g, '')) ?? null;
}
