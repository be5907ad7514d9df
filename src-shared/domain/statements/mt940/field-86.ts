/**
 * :86: information to account owner (up to 6 lines of 65), and the German ":NS:" field some
 * savings banks send instead. Three shapes: German/Dutch ?xx subfields, slash codes, free text.
 * payee = the counterparty name where the structure names it; description = the remittance
 * text (the bank's own words); memo = the rest (posting text, account, references).
 */
import { isSubfieldText, joinSubfields, parseSubfields, type InfoParts } from './subfields-86';
import { isSlashCoded, parseSlashCodes } from './slash-codes-86';
import { squash } from './swift-values';

export interface OwnerInfo {
  payee: string;
  description: string;
  memo: string;
}

// SWIFT lines hold 65 characters, the first one including its ":86:" tag. A full line was cut
// wherever the 65th character fell (often mid-word: "CONTRA ACCOUN" / "T HOLDER"), so it
// continues without a space; a shorter line ended where its writer ended it, so a space keeps
// the words apart.
const LINE_WIDTH = 65;
const TAG_WIDTH = ':86:'.length;

/** `fields` are the :86: fields that follow one :61: (Rabobank sends several), each as its lines. */
export function parseInformation(fields: readonly (readonly string[])[]): OwnerInfo {
  const compact = fields.map((lines) => lines.join('')).join('');
  if (isSubfieldText(compact)) return finish(parseSubfields(compact));
  const text = fields.map(joinWrapped).join(' ');
  if (isSlashCoded(text)) return finish(parseSlashCodes(text));
  return { payee: '', description: squash(text), memo: '' };
}

/**
 * ":NS:" lines after a :61: ("01Verwendungszweck", "15Empfänger", "17Buchungstext"):
 * 01–14 purpose, 15–16 counterparty name, 17 posting text, others to memo.
 */
export function parseNonSwift(fields: readonly (readonly string[])[]): OwnerInfo {
  const purpose: string[] = [];
  const name: string[] = [];
  const memo: string[] = [];
  for (const line of fields.flat()) {
    const m = /^(\d{2})(.*)$/.exec(line);
    if (!m) continue;
    const code = Number(m[1]);
    if (code >= 1 && code <= 14) purpose.push(m[2]!);
    else if (code === 15 || code === 16) name.push(m[2]!);
    else memo.push(squash(m[2]!));
  }
  return finish({ payee: squash(joinSubfields(name)), description: squash(joinSubfields(purpose)), memo });
}

function joinWrapped(lines: readonly string[]): string {
  let out = '';
  for (let i = 0; i < lines.length; i++) {
    const previous = i === 1 ? lines[0]!.length + TAG_WIDTH : (lines[i - 1]?.length ?? 0);
    out += (i === 0 || previous >= LINE_WIDTH ? '' : ' ') + lines[i]!;
  }
  return out;
}

function finish(parts: InfoParts): OwnerInfo {
  const memo = [...new Set(parts.memo.map(squash).filter((p) => p !== '' && p !== parts.description && p !== parts.payee))];
  return { payee: parts.payee, description: parts.description, memo: memo.join('; ') };
}
