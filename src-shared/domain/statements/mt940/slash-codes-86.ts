/**
 * Structured :86: of Dutch banks and others using SWIFT-style slash codes:
 *   ABN AMRO  /TRTP/SEPA OVERBOEKING/IBAN/NL…/BIC/…/NAME/…/REMI/…/EREF/…
 *   Rabobank  /EREF/…/BENM//NAME/…/REMI/…/ISDT/2013-07-11
 *   ING       /EREF/…//CNTP/NL…/INGBNL2A/Name/City/REMI/USTD//text/
 *   Triodos, Knab, SNS, ASN, de Volksbank: the same family.
 * A value runs until the next known code, so values may themselves contain slashes.
 */
import type { InfoParts } from './subfields-86';
import { isIban } from './subfields-86';
import { squash } from './swift-values';

const CODES = [
  'TRTP', 'IBAN', 'BBAN', 'BIC', 'NAME', 'REMI', 'EREF', 'PREF', 'IREF', 'MARF', 'CSID', 'BENM', 'ORDP', 'CNTP',
  'ISDT', 'ULTC', 'ULTD', 'ULTB', 'PURP', 'RTRN', 'ADDR', 'ID', 'SVCL', 'CHGS', 'EXCH', 'OCMT', 'BUSP', 'RTYP', 'ACCW',
];
const CODE = new RegExp(`/(${CODES.join('|')})/`, 'g');
const START = new RegExp(`^\\s*/(${CODES.join('|')})/`);
// Values that only mark an empty slot.
const EMPTY = new Set(['', 'NOTPROVIDED', 'NONREF']);

export function isSlashCoded(text: string): boolean {
  return START.test(text);
}

export function parseSlashCodes(text: string): InfoParts {
  const hits = [...text.matchAll(CODE)];
  const values: Array<[string, string]> = hits.map((h, i) => [
    h[1]!,
    text.slice(h.index! + h[0].length, hits[i + 1]?.index ?? text.length),
  ]);
  const first = (code: string) => values.find(([c, v]) => c === code && clean(v) !== '')?.[1];
  const cntp = (first('CNTP') ?? '').split('/').map(squash);
  const payee = clean(first('NAME') ?? cntp[2] ?? '');
  const remittance = remittanceOf(first('REMI') ?? '');
  const kind = clean(first('TRTP') ?? '');
  const description = remittance || kind || payee;
  const memo: string[] = [];
  if (kind && kind !== description) memo.push(kind);
  if (cntp[0]) memo.push(`${isIban(cntp[0]) ? 'IBAN' : 'Account'} ${cntp[0]}`);
  if (cntp[1]) memo.push(`BIC ${cntp[1]}`);
  for (const [code, raw] of values) {
    const v = clean(raw);
    if (EMPTY.has(v.toUpperCase()) || ['TRTP', 'NAME', 'REMI', 'CNTP', 'BENM', 'ORDP'].includes(code)) continue;
    memo.push(`${code} ${v}`);
  }
  return { payee, description, memo };
}

/** ING wraps the remittance as USTD//text/ or STRD/CUR/reference/. */
function remittanceOf(value: string): string {
  return clean(value.replace(/^\s*USTD\/\//, '').replace(/^\s*STRD\/CUR\//, ''));
}

function clean(value: string): string {
  return squash(value.replace(/^\/+|\/+$/g, ''));
}
