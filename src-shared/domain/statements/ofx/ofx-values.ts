import { isoDate } from '../../dates/iso-date';
import { parseDecimalToMinor } from '../../money/decimal';

/**
 * OFX datetime → ISO date. The spec form is YYYYMMDD[HHMMSS[.XXX]][[offset:TZ]]; the date is
 * taken as written and never shifted by the offset, because the bank's calendar day is what
 * the statement shows. Dashed dates ("2019-01-23T…"), which some exporters write, are accepted.
 */
export function ofxDate(text: string): string | null {
  const compact = /^\s*(\d{4})(\d{2})(\d{2})(\d*)/.exec(text);
  // The time part is HH, HHMM or HHMMSS; any other digit count means this is not a date.
  const m = compact && [0, 2, 4, 6].includes(compact[4]!.length)
    ? compact
    : /^\s*(\d{4})-(\d{2})-(\d{2})(?!\d)/.exec(text);
  if (!m) return null;
  return isoDate(Number(m[1]), Number(m[2]), Number(m[3]));
}

/**
 * OFX amount → minor units. OFX allows '.' or ',' as the decimal mark and no grouping, so a
 * lone comma is a decimal comma ("-12,50"); a value with both marks ("1.234,56", written by
 * some exporters despite the spec) takes the last one as decimal. A caller's hint wins.
 */
export function ofxAmount(text: string, scale: number, decimalHint?: ',' | '.'): number | null {
  const s = text.trim();
  if (s === '') return null;
  const decimal = decimalHint ?? (s.lastIndexOf(',') > s.lastIndexOf('.') ? ',' : '.');
  return parseDecimalToMinor(s, { decimal, scale });
}

/** Values are single-line; SGML files may wrap long ones. Collapses line breaks to spaces. */
export function cleanText(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ').trim();
}
