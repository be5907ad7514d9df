/**
 * Fields → statements. Each :20: starts a statement (a file may hold many, for one account or
 * several); :25: account, :60F:/:60M: opening, :61: lines each with the :86:/:NS: fields that
 * follow it, :62F:/:62M: closing, :34F: (MT942) the currency of the floor limit.
 */
import type { ParsedTransaction, RowError, StatementSection } from '../types';
import { parseInformation, parseNonSwift, type OwnerInfo } from './field-86';
import { parseStatementLine } from './field-61';
import type { SwiftField } from './swift-fields';
import { SwiftRowProblem, parseBalance, squash, type SwiftBalance } from './swift-values';

interface Entry {
  field: SwiftField;
  info: string[][];
  nonSwift: string[][];
}

interface Draft {
  account: string | null;
  opening: SwiftField | null;
  closing: SwiftField | null;
  /** Fields that may name the currency, in file order. */
  currencyFields: SwiftField[];
  entries: Entry[];
}

const NO_INFO: OwnerInfo = { payee: '', description: '', memo: '' };

export function buildSections(fields: readonly SwiftField[], hintCurrency: string | null, errors: RowError[]): StatementSection[] {
  const sections: StatementSection[] = [];
  let previousCurrency = hintCurrency?.trim().toUpperCase() || null;
  let draft: Draft | null = null;
  // Which field came last decides where a :86: belongs: right after a :61: (or its other
  // :86:/:NS: fields) it describes that line; after a balance it is statement-level text.
  let afterLine = false;
  const close = () => {
    if (!draft) return;
    const section = finishDraft(draft, previousCurrency, errors);
    previousCurrency = section.statement.currency ?? previousCurrency;
    sections.push(section);
  };
  for (const f of fields) {
    if (f.tag === '20') {
      close();
      draft = emptyDraft();
      afterLine = false;
      continue;
    }
    // Exports cut from a larger file may start without :20:.
    draft ??= emptyDraft();
    const entry = draft.entries[draft.entries.length - 1];
    switch (f.tag) {
      case '25': case '25P':
        if (draft.entries.length > 0) {
          errors.push({ line: f.line, message: 'A second account field (:25:) after the statement lines was ignored; the file may be damaged here.' });
        } else {
          // Some banks write the account as "/PL07…" (the optional party-identifier slash).
          draft.account = squash((f.lines[0] ?? '').replace(/^\s*\//, '')) || null;
        }
        break;
      case '60F': case '60M': case '60':
        draft.opening ??= f;
        draft.currencyFields.push(f);
        break;
      case '62F': case '62M': case '62':
        draft.closing = f;
        draft.currencyFields.push(f);
        break;
      case '34F': case '64': case '65':
        draft.currencyFields.push(f);
        break;
      case '61':
        draft.entries.push({ field: f, info: [], nonSwift: [] });
        break;
      case '86':
        if (afterLine && entry) entry.info.push(f.lines);
        break;
      case 'NS':
        if (afterLine && entry) entry.nonSwift.push(f.lines);
        break;
    }
    afterLine = f.tag === '61' || ((f.tag === '86' || f.tag === 'NS') && afterLine);
  }
  close();
  return sections;
}

function emptyDraft(): Draft {
  return { account: null, opening: null, closing: null, currencyFields: [], entries: [] };
}

function finishDraft(draft: Draft, fallbackCurrency: string | null, errors: RowError[]): StatementSection {
  const currency = draft.currencyFields.map(currencyOf).find((c) => c !== null) ?? fallbackCurrency;
  const opening = balance(draft.opening, currency, errors);
  const closing = balance(draft.closing, currency, errors);
  const transactions: ParsedTransaction[] = [];
  for (const entry of draft.entries) {
    try {
      transactions.push(transaction(entry, currency));
    } catch (err) {
      if (!(err instanceof SwiftRowProblem)) throw err;
      errors.push({ line: entry.field.line, message: `Statement line skipped: ${err.message}.` });
    }
  }
  return {
    statement: {
      accountId: draft.account,
      currency,
      openingBalanceMinor: opening?.amountMinor ?? null,
      openingDate: opening?.date ?? null,
      closingBalanceMinor: closing?.amountMinor ?? null,
      closingDate: closing?.date ?? null,
    },
    transactions,
  };
}

function transaction(entry: Entry, currency: string | null): ParsedTransaction {
  const line = parseStatementLine(entry.field.lines, currency);
  const info = entry.info.length ? parseInformation(entry.info)
    : entry.nonSwift.length ? parseNonSwift(entry.nonSwift) : NO_INFO;
  // Old Rabobank exports put the counterparty's name after the 16-character reference.
  const trailingName = /\p{L}/u.test(line.trailing) ? line.trailing : '';
  const payee = info.payee || trailingName;
  const description = info.description || line.supplementary || trailingName;
  const reference = line.bankRef ?? line.customerRef;
  const memo = [
    info.memo,
    line.supplementary !== description ? line.supplementary : '',
    line.trailing !== payee && line.trailing !== description ? line.trailing : '',
    line.customerRef && line.customerRef !== reference ? `Ref ${line.customerRef}` : '',
  ].filter((p) => p !== '').join('; ');
  return {
    date: line.entryDate ?? line.valueDate,
    valueDate: line.valueDate,
    amountMinor: line.amountMinor,
    // No currency anywhere in the statement (a bare :61: export): left empty for the
    // import to take the target account's currency.
    currency: currency ?? '',
    payee,
    description,
    memo,
    reference,
    balanceMinor: null,
    category: null,
    line: entry.field.line,
  };
}

function balance(field: SwiftField | null, currency: string | null, errors: RowError[]): SwiftBalance | null {
  if (!field) return null;
  try {
    return parseBalance(field.lines[0] ?? '', currency);
  } catch (err) {
    if (!(err instanceof SwiftRowProblem)) throw err;
    errors.push({ line: field.line, message: `Balance :${field.tag}: ignored: ${err.message}.` });
    return null;
  }
}

/** The currency a balance or floor-limit field states: "C110713EUR3148,49", "EURD0,00". */
function currencyOf(field: SwiftField): string | null {
  const content = (field.lines[0] ?? '').trim();
  const m = field.tag === '34F' ? /^([A-Z]{3})/.exec(content) : /^[CD]\d{6}([A-Z]{3})/.exec(content);
  return m ? m[1]! : null;
}
