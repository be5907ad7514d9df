/** A `<Stmt>` (053), `<Rpt>` (052) or `<Ntfctn>` (054): account, balances and entries → one section. */
import type { ParsedTransaction, RowError, StatementSection } from '../types';
import { attr, child, textAt, type XmlElement } from '../../text/xml';
import { chooseOpeningClosing, readBalances } from './camt-balances';
import { CamtRowProblem, clean } from './camt-values';
import { readEntry } from './camt-entry';

/** The statement-like containers, by the message root they sit in. */
export const CONTAINERS: Readonly<Record<string, string>> = {
  BkToCstmrStmt: 'Stmt',
  BkToCstmrAcctRpt: 'Rpt',
  BkToCstmrDbtCdtNtfctn: 'Ntfctn',
};

export interface AccountInfo {
  accountId: string | null;
  currency: string | null;
}

/** IBAN, else the bank's other identification (Othr/Id; PrtryAcct/Id in .001.01). */
export function readAccount(container: XmlElement): AccountInfo {
  const acct = child(container, 'Acct');
  const id = textAt(acct, 'Id', 'IBAN') ?? textAt(acct, 'Id', 'Othr', 'Id') ?? textAt(acct, 'Id', 'PrtryAcct', 'Id');
  const ccy = textAt(acct, 'Ccy')?.toUpperCase() ?? null;
  return { accountId: id ? clean(id).replace(/\s+/g, '') : null, currency: ccy };
}

/** Collects the entries of one container as they stream by, then closes it into a section. */
export class SectionBuilder {
  readonly transactions: ParsedTransaction[] = [];
  notBooked = 0;
  private account: AccountInfo | null = null;

  constructor(readonly container: XmlElement, private readonly errors: RowError[]) {}

  /**
   * Read on the first entry: `<Acct>` and `<Bal>` precede `<Ntry>` in every schema version.
   * Without Acct/Ccy the balances' currency is the account's (for entries lacking Ccy).
   */
  private accountInfo(): AccountInfo {
    if (!this.account) {
      const account = readAccount(this.container);
      const balanceCcy = attr(child(this.container, 'Bal', 'Amt'), 'Ccy')?.trim().toUpperCase() || null;
      this.account = { ...account, currency: account.currency ?? balanceCcy };
    }
    return this.account;
  }

  addEntry(ntry: XmlElement): void {
    try {
      const outcome = readEntry(ntry, this.accountInfo().currency);
      if (outcome.status === 'booked') this.transactions.push(...outcome.transactions);
      else this.notBooked++;
    } catch (err) {
      if (!(err instanceof CamtRowProblem)) throw err;
      this.errors.push({ line: ntry.line, message: `Entry skipped: ${err.message}.` });
    }
  }

  finish(): StatementSection {
    const account = this.accountInfo();
    const { opening, closing } = chooseOpeningClosing(readBalances(this.container, account.currency, this.errors));
    if (this.notBooked > 0) {
      this.errors.push({
        line: this.container.line,
        message: `${this.notBooked} pending or informational ${this.notBooked === 1 ? 'entry was' : 'entries were'} not imported; they appear once the bank books them.`,
      });
    }
    return {
      statement: {
        accountId: account.accountId,
        currency: account.currency ?? closing?.currency ?? opening?.currency ?? this.transactions[0]?.currency ?? null,
        openingBalanceMinor: opening?.amountMinor ?? null,
        openingDate: opening?.date ?? null,
        closingBalanceMinor: closing?.amountMinor ?? null,
        closingDate: closing?.date ?? null,
      },
      transactions: this.transactions,
    };
  }
}
