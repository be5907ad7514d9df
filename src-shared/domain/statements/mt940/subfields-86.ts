/**
 * Structured :86: of German banks (DK/ZKA "Mehrzweckfeld") and the same layout with another
 * separator: '>' (Triodos), '<' (ING Poland), '^' (BNP Paribas Poland), '~' (other Polish banks):
 *   GVC ?00 posting text ?10 primanota ?20…?29 remittance ?30 bank code/BIC ?31 account/IBAN
 *   ?32 ?33 counterparty name ?34 text-key extension ?38 IBAN ?60…?63 remittance (continued)
 * SEPA bookings tag the remittance with EREF+ KREF+ MREF+ CRED+ DEBT+ SVWZ+ ABWA+ ABWE+ ….
 */
import { squash } from './swift-values';

export interface InfoParts {
  payee: string;
  description: string;
  memo: string[];
}

// A subfield holds 27 characters; a full one was cut wherever the 27th fell (often mid-word),
// so it is continued without a space. A shorter one ended where its writer ended a line.
const SUBFIELD_WIDTH = 27;
const START = /^\s*(\d{3})?\s*(?:(\?)\d{2}|([><^~])\d{2})/;
const TRAILING_SEPARATOR = /[?><^~]$/;
const SEPA_KEYWORD = /(EREF|KREF|MREF|CRED|DEBT|SVWZ|ABWA|ABWE|IBAN|BIC|COAM|OAMT)\+/g;
const SEPA_LABELS: Readonly<Record<string, string>> = {
  EREF: 'EREF', KREF: 'KREF', MREF: 'Mandate', CRED: 'Creditor ID', DEBT: 'Debtor ID',
  ABWA: 'Ultimate debtor', ABWE: 'Ultimate creditor', IBAN: 'IBAN', BIC: 'BIC', COAM: 'Compensation', OAMT: 'Original amount',
};

/**
 * True for "166?00GUTSCHRIFT?20…" and "000>100987654321>20…". The other separators also occur
 * in free text, so they count only after the three-digit business code.
 */
export function isSubfieldText(text: string): boolean {
  const m = START.exec(text);
  return !!m && (m[2] === '?' || (m[3] !== undefined && m[1] !== undefined));
}

/** `text` is the field's physical lines joined without separator (lines are wrapped at 65). */
export function parseSubfields(text: string): InfoParts {
  const m = START.exec(text)!;
  const sep = m[2] ?? m[3]!;
  const body = text.slice(m[0].length - 3);
  const marker = new RegExp(`\\${sep}(\\d{2})`, 'g');
  const found = [...body.matchAll(marker)];
  const remittance: string[] = [];
  const name: string[] = [];
  const memo: string[] = [];
  let postingText = '';
  for (let i = 0; i < found.length; i++) {
    const code = found[i]![1]!;
    const from = found[i]!.index! + 3;
    const to = i + 1 < found.length ? found[i + 1]!.index! : body.length;
    // A separator with no code after it at the very end ("…Sentinel?") is a stray.
    const value = body.slice(from, to).replace(TRAILING_SEPARATOR, '');
    const n = Number(code);
    if (code === '00') postingText = squash(value);
    else if ((n >= 20 && n <= 29) || (n >= 60 && n <= 63)) remittance.push(value);
    else if (code === '32' || code === '33') name.push(value);
    else if (code === '31' || code === '38') memo.push(labelled(isIban(value) ? 'IBAN' : 'Account', value));
    else if (code === '30') memo.push(labelled(isBic(value) ? 'BIC' : 'Bank', value));
    else if (code === '10') memo.push(labelled('Primanota', value));
    else if (code !== '34') memo.push(squash(value)); // ?34 is a bank-internal code extension
  }
  const text20 = squash(joinSubfields(remittance));
  const sepa = splitSepa(text20);
  const description = (sepa ? sepa.purpose : text20) || postingText;
  const extra = sepa ? [sepa.lead, ...sepa.tagged] : [];
  return {
    payee: squash(joinSubfields(name)),
    description,
    memo: [description === postingText ? '' : postingText, ...extra, ...memo].filter((p) => p !== ''),
  };
}

export function joinSubfields(chunks: readonly string[]): string {
  let out = '';
  for (let i = 0; i < chunks.length; i++) {
    const prev = chunks[i - 1];
    out += (i === 0 || (prev !== undefined && prev.length >= SUBFIELD_WIDTH) ? '' : ' ') + chunks[i]!;
  }
  return out;
}

/**
 * With SVWZ+ the purpose is its value, and the other tagged parts go to memo. Without SVWZ+
 * the whole text stays the purpose (KREF+/EREF+ texts often carry the only words there are).
 */
function splitSepa(text: string): { purpose: string; lead: string; tagged: string[] } | null {
  const hits = [...text.matchAll(SEPA_KEYWORD)];
  const svwz = hits.findIndex((h) => h[1] === 'SVWZ');
  if (svwz === -1) return null;
  const valueOf = (i: number) => squash(text.slice(hits[i]!.index! + hits[i]![0].length, hits[i + 1]?.index ?? text.length));
  const tagged = hits.map((h, i) => (i === svwz ? '' : labelled(SEPA_LABELS[h[1]!]!, valueOf(i)))).filter((p) => p !== '');
  return { purpose: valueOf(svwz), lead: squash(text.slice(0, hits[0]!.index)), tagged };
}

function labelled(label: string, value: string): string {
  const v = squash(value);
  return v ? `${label} ${v}` : '';
}

export function isIban(text: string): boolean {
  return /^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$/.test(text.replace(/\s+/g, ''));
}

function isBic(text: string): boolean {
  return /^[A-Z]{6}[A-Z0-9]{2}([A-Z0-9]{3})?$/.test(text.trim());
}
