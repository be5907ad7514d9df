import type { DateOrder } from '../types';

/**
 * QIF text → records. A record is a run of "<code><value>" lines ended by "^"; "!" lines switch
 * what the records are: transactions of an account type (!Type:Bank, Cash, CCard, Invst,
 * Oth A, Oth L, or a name some exporters invent), account definitions (!Account), or lists
 * that hold no transactions (!Type:Cat, Class, Memorized, Security, Prices…).
 *
 * Several accounts in one file: an "!Account" record (N = name) names the account whose
 * transactions follow. Inside "!Option:AutoSwitch … !Clear:AutoSwitch" the !Account records
 * are only the account list and do not switch the current account.
 */

export type QifRecordKind = 'transactions' | 'investment' | 'account' | 'list';

export interface QifField {
  code: string;
  value: string;
  line: number;
}

export interface QifRecord {
  kind: QifRecordKind;
  /** The !Type name as written ("Bank", "CCard", "Oth A"); "Account" for account definitions. */
  typeName: string;
  /** Name of the !Account the record belongs to; null when the file names none. */
  account: string | null;
  fields: QifField[];
  /** 1-based line of the record's first field. */
  line: number;
  /** Set when a line broke the limits; the record is reported and skipped. */
  problem: string | null;
}

export interface QifFile {
  records: QifRecord[];
  /** True when a "!Type:", "!Account" or "!Option" header was seen. */
  hasHeader: boolean;
  /** From a "!Option:DMY" / "!Option:MDY" line, which some exporters write. */
  dateOrder: DateOrder | null;
}

const LIST_TYPES = new Set([
  'cat', 'class', 'memorized', 'security', 'prices', 'invitem', 'template', 'budget', 'tag',
  'payee', 'bill', 'invoice', 'prilist',
]);

export function readQifRecords(text: string, maxLineLength: number): QifFile {
  const records: QifRecord[] = [];
  let kind: QifRecordKind = 'transactions';
  let typeName = 'Bank';
  let account: string | null = null;
  let autoSwitch = false;
  let hasHeader = false;
  let dateOrder: DateOrder | null = null;
  let current: QifRecord | null = null;

  const finish = (): void => {
    if (!current) return;
    if (current.kind === 'account' && !autoSwitch && !current.problem) {
      const name = current.fields.find((f) => f.code === 'N')?.value.trim();
      if (name) account = name;
    }
    records.push(current);
    current = null;
  };

  const lines = text.split(/\r\n|\n|\r/);
  for (let i = 0; i < lines.length; i++) {
    const lineNo = i + 1;
    const raw = lines[i]!;
    if (raw.length > maxLineLength) {
      current ??= newRecord(kind, typeName, account, lineNo);
      current.problem = `Line ${lineNo} is longer than ${maxLineLength} characters; the record is skipped.`;
      continue;
    }
    const line = raw.replace(/^[\s\uFEFF]+/, '').trimEnd();
    if (line === '') continue;

    if (line.startsWith('!')) {
      finish();
      const header = /^!\s*([A-Za-z]+)\s*(?::\s*(.*))?$/.exec(line);
      const word = header?.[1]?.toLowerCase() ?? '';
      const arg = (header?.[2] ?? '').trim();
      if (word === 'type') {
        hasHeader = true;
        typeName = arg;
        const key = arg.toLowerCase().replace(/\s+/g, '');
        kind = LIST_TYPES.has(key) ? 'list' : key === 'invst' ? 'investment' : 'transactions';
      } else if (word === 'account') {
        hasHeader = true;
        kind = 'account';
        typeName = 'Account';
      } else if (word === 'option' || word === 'clear') {
        hasHeader = true;
        const option = arg.toLowerCase();
        if (option === 'autoswitch') autoSwitch = word === 'option';
        else if (word === 'option' && (option === 'dmy' || option === 'mdy' || option === 'ymd')) dateOrder = option;
      }
      // Other "!" lines carry nothing a statement needs.
      continue;
    }
    if (line.startsWith('^')) {
      finish();
      continue;
    }
    const code = line[0]!.toUpperCase();
    // No record holds two D lines: a second one means the exporter left out the "^".
    if (code === 'D' && current?.fields.some((f) => f.code === 'D')) finish();
    current ??= newRecord(kind, typeName, account, lineNo);
    current.fields.push({ code, value: line.slice(1).trim(), line: lineNo });
  }
  // The last record of many exports has no closing "^".
  finish();
  return { records, hasHeader, dateOrder };
}

function newRecord(kind: QifRecordKind, typeName: string, account: string | null, line: number): QifRecord {
  return { kind, typeName, account, fields: [], line, problem: null };
}
