import { currencyScale, isCurrencyCode } from '../../money/currency';
import {
  StatementError, emptyStatement,
  type ParsedTransaction, type RowError, type StatementInfo, type StatementSection,
} from '../types';
import { child, childText, findAll, type OfxElement } from './ofx-tree';
import { cleanText, ofxAmount, ofxDate } from './ofx-values';

/**
 * OFX element tree → one StatementSection per statement response: STMTRS (bank), CCSTMTRS
 * (credit card) and the cash lines (INVBANKTRAN) of INVSTMTRS. A file may hold several
 * accounts, each in its own *TRNRS wrapper. Opening balances are not in OFX and stay null.
 */

export interface OfxContext {
  /** Used when a statement has no CURDEF. */
  currency: string | null;
  decimal?: ',' | '.';
  maxRows: number;
}

export interface OfxStatements {
  sections: StatementSection[];
  errors: RowError[];
}

const STATEMENTS = new Set(['STMTRS', 'CCSTMTRS', 'INVSTMTRS']);
const TRANSACTIONS = new Set(['STMTTRN']);
const ACCOUNT_FROM = ['BANKACCTFROM', 'CCACCTFROM', 'INVACCTFROM'];

export function extractStatements(root: OfxElement, ctx: OfxContext): OfxStatements {
  const errors: RowError[] = [];
  let statements = findAll(root, STATEMENTS);
  // Some exporters drop the STMTRS wrapper; their lines still form one statement.
  if (statements.length === 0 && findAll(root, TRANSACTIONS).length > 0) statements = [root];
  if (statements.length === 0) for (const e of bankStatusErrors(root)) errors.push(e);

  let rows = 0;
  const sections = statements.map((st) => {
    const section = readStatement(st, ctx, errors);
    rows += section.transactions.length;
    if (rows > ctx.maxRows) {
      throw new StatementError('TOO_LARGE',
        `The file holds more than ${ctx.maxRows} transactions. Download a shorter date range from your bank and import the parts.`);
    }
    return section;
  });
  // Reported in file order, as a user reads them against the file.
  errors.sort((a, b) => (a.line ?? Infinity) - (b.line ?? Infinity));
  return { sections, errors };
}

function readStatement(st: OfxElement, ctx: OfxContext, errors: RowError[]): StatementSection {
  const curdef = currencyCode(outsideLines(st, 'CURDEF')?.value ?? '') ?? ctx.currency;
  const statement: StatementInfo = { ...emptyStatement(), currency: curdef };
  const from = ACCOUNT_FROM.map((n) => child(st, n)).find(Boolean);
  // The account is the *ACCTFROM one; BANKACCTTO inside a transfer line names the other side.
  const acctId = from ? childText(from, 'ACCTID') : outsideLines(st, 'ACCTID')?.value ?? '';
  statement.accountId = cleanText(acctId) || null;

  const list = child(st, 'BANKTRANLIST') ?? child(st, 'INVTRANLIST');
  statement.openingDate = ofxDate(list ? childText(list, 'DTSTART') : outsideLines(st, 'DTSTART')?.value ?? '');
  const dtEnd = ofxDate(list ? childText(list, 'DTEND') : outsideLines(st, 'DTEND')?.value ?? '');

  const ledger = child(st, 'LEDGERBAL') ?? outsideLines(st, 'LEDGERBAL');
  if (ledger) {
    const text = childText(ledger, 'BALAMT');
    statement.closingBalanceMinor = ofxAmount(text, currencyScale(curdef), ctx.decimal);
    if (statement.closingBalanceMinor === null && text !== '') {
      errors.push({ line: ledger.line, message: `The ledger balance "${text}" is not a number; the statement has no closing balance.` });
    }
    statement.closingDate = ofxDate(childText(ledger, 'DTASOF'));
  }
  // AVAILBAL (funds available) is not a booked balance, so it is not used for reconciliation.
  statement.closingDate ??= dtEnd;

  const transactions: ParsedTransaction[] = [];
  for (const el of findAll(st, TRANSACTIONS)) {
    const row = readTransaction(el, curdef, ctx);
    if ('message' in row) errors.push(row);
    else transactions.push(row);
  }
  return { statement, transactions };
}

/** First element with this name in the statement but outside its transaction lines. */
function outsideLines(st: OfxElement, name: string): OfxElement | undefined {
  return findAll(st, new Set([name, ...TRANSACTIONS])).find((el) => el.name === name);
}

function readTransaction(el: OfxElement, statementCurrency: string | null, ctx: OfxContext): ParsedTransaction | RowError {
  const posted = childText(el, 'DTPOSTED');
  // VALUEDATE is not in the spec but some banks (Commonwealth Bank) send it; DTUSER otherwise.
  const user = ofxDate(childText(el, 'VALUEDATE')) ?? ofxDate(childText(el, 'DTUSER'));
  const date = ofxDate(posted) ?? (posted === '' ? user : null);
  if (!date) {
    return { line: el.line, message: posted === ''
      ? 'Transaction without a posting date (DTPOSTED); skipped.'
      : `Transaction date "${posted}" is not an OFX date (YYYYMMDD…); skipped.` };
  }
  // CURRENCY means TRNAMT is in that currency. ORIGCURRENCY only says what it was converted
  // from: TRNAMT is then already in the statement's CURDEF (OFX 2.2 §5.2).
  const currency = currencyCode(childText(child(el, 'CURRENCY'), 'CURSYM')) ?? statementCurrency ?? '';
  const amountText = childText(el, 'TRNAMT');
  const amountMinor = ofxAmount(amountText, currencyScale(currency), ctx.decimal);
  if (amountMinor === null) {
    return { line: el.line, message: amountText === ''
      ? 'Transaction without an amount (TRNAMT); skipped.'
      : `Transaction amount "${amountText}" is not a number; skipped.` };
  }

  const name = cleanText(childText(el, 'NAME') || childText(child(el, 'PAYEE'), 'NAME') || childText(el, 'EXTDNAME'));
  const memo = cleanText(childText(el, 'MEMO'));
  const checkNumber = cleanText(childText(el, 'CHECKNUM'));
  const reference = cleanText(childText(el, 'FITID') || childText(el, 'REFNUM') || checkNumber) || null;
  const description = name || memo || (checkNumber ? `Check ${checkNumber}` : '') || trnTypeLabel(childText(el, 'TRNTYPE'));
  return {
    date,
    valueDate: user && user !== date ? user : null,
    amountMinor,
    currency,
    payee: name,
    description,
    memo: checkNumber && reference !== checkNumber && !memo.includes(checkNumber)
      ? [memo, `Check ${checkNumber}`].filter(Boolean).join('; ')
      : memo,
    reference,
    // ACCTBAL, a running balance, is not in the spec either; the same banks send it.
    balanceMinor: ofxAmount(childText(el, 'ACCTBAL'), currencyScale(currency), ctx.decimal),
    category: null,
    line: el.line,
  };
}

/** A file with no statements is usually the bank's error response: surface its message. */
function bankStatusErrors(root: OfxElement): RowError[] {
  const out: RowError[] = [];
  for (const status of findAll(root, new Set(['STATUS']))) {
    const severity = childText(status, 'SEVERITY').toUpperCase();
    if (severity !== 'ERROR' && childText(status, 'CODE') === '0') continue;
    const message = childText(status, 'MESSAGE') || `code ${childText(status, 'CODE')}`;
    out.push({ line: status.line, message: `The bank's response holds no statement (${message}).` });
  }
  if (out.length === 0) out.push({ line: null, message: 'The OFX file holds no bank or credit-card statement.' });
  return out;
}

function currencyCode(text: string): string | null {
  const code = text.trim().toUpperCase();
  return isCurrencyCode(code) ? code : null;
}

const TRNTYPE_LABELS: Record<string, string> = {
  CREDIT: 'Credit', DEBIT: 'Debit', INT: 'Interest', DIV: 'Dividend', FEE: 'Fee',
  SRVCHG: 'Service charge', DEP: 'Deposit', ATM: 'ATM', POS: 'Point of sale', XFER: 'Transfer',
  CHECK: 'Check', PAYMENT: 'Payment', CASH: 'Cash withdrawal', DIRECTDEP: 'Direct deposit',
  DIRECTDEBIT: 'Direct debit', REPEATPMT: 'Repeating payment', HOLD: 'Hold', OTHER: 'Other',
};

/** Last resort for lines with neither NAME nor MEMO, so the row is not blank in review. */
function trnTypeLabel(type: string): string {
  const key = type.trim().toUpperCase();
  return TRNTYPE_LABELS[key] ?? key;
}
