/** `<TxDtls>` of a CAMT entry: counterparty, remittance information, references, own amount. */
import { attr, child, childrenNamed, textAt, type XmlElement } from '../../text/xml';
import { CamtRowProblem, amountOf, clean, directionOf, joinParts } from './camt-values';

export interface TxDetails {
  line: number;
  /** Signed minor units when these details carry their own amount in the entry's currency. */
  amountMinor: number | null;
  /** The other party: for a credit the debtor (who paid), for a debit the creditor (who was paid). */
  counterparty: string;
  counterpartyAccount: string;
  /** The other side's ultimate party (UltmtDbtr for a credit, UltmtCdtr for a debit). */
  ultimateParty: string;
  /** RmtInf: unstructured lines joined, else the structured creditor reference and texts. */
  remittance: string;
  additionalInfo: string;
  endToEndId: string;
  acctSvcrRef: string;
  mandateId: string;
  returnReason: string;
}

// Fillers banks put where a value is mandatory but unknown; they are not names or ids.
const PLACEHOLDERS = new Set(['NOTPROVIDED', 'NOT PROVIDED', 'NONREF', 'NONE', 'N/A', 'KEINE INFORMATION VORHANDEN']);

function meaningful(text: string | null | undefined): string {
  const c = clean(text);
  return PLACEHOLDERS.has(c.toUpperCase()) ? '' : c;
}

export function readTxDetails(tx: XmlElement, entryDirection: 1 | -1, entryCurrency: string): TxDetails {
  const ownIndicator = textAt(tx, 'CdtDbtInd');
  const direction = ownIndicator ? safeDirection(ownIndicator) ?? entryDirection : entryDirection;
  const parties = child(tx, 'RltdPties');
  const side = direction === 1 ? 'Dbtr' : 'Cdtr';
  const refs = child(tx, 'Refs');
  return {
    line: tx.line,
    amountMinor: ownAmount(tx, direction, entryCurrency),
    counterparty: partyName(child(parties, side)),
    counterpartyAccount: accountId(child(parties, `${side}Acct`)),
    ultimateParty: partyName(child(parties, `Ultmt${side}`)),
    remittance: remittanceOf(child(tx, 'RmtInf')),
    additionalInfo: meaningful(textAt(tx, 'AddtlTxInf')),
    endToEndId: meaningful(textAt(refs, 'EndToEndId')),
    acctSvcrRef: meaningful(textAt(refs, 'AcctSvcrRef')),
    mandateId: meaningful(textAt(refs, 'MndtId')),
    returnReason: joinParts([textAt(tx, 'RtrInf', 'Rsn', 'Cd') ?? textAt(tx, 'RtrInf', 'Rsn', 'Prtry'),
      ...childrenNamed(child(tx, 'RtrInf'), 'AddtlInf').map((e) => e.text)], ' '),
  };
}

/** Party names: `<Nm>` directly (up to .001.07) or inside `<Pty>` / `<Agt>` (.001.08 and later). */
function partyName(party: XmlElement | undefined): string {
  return meaningful(textAt(party, 'Nm') ?? textAt(party, 'Pty', 'Nm') ?? textAt(party, 'Agt', 'FinInstnId', 'Nm'));
}

function accountId(account: XmlElement | undefined): string {
  return meaningful(textAt(account, 'Id', 'IBAN') ?? textAt(account, 'Id', 'Othr', 'Id') ?? textAt(account, 'Id', 'PrtryAcct', 'Id'));
}

function remittanceOf(rmt: XmlElement | undefined): string {
  if (!rmt) return '';
  // Ustrd is cut into 140-character pieces; banks wrap at word boundaries or pad, so a
  // space keeps words apart (a word cut mid-way still reads, and search ignores the gap).
  const unstructured = childrenNamed(rmt, 'Ustrd').map((u) => u.text);
  const structured = childrenNamed(rmt, 'Strd').flatMap((s) => [
    ...childrenNamed(s, 'AddtlRmtInf').map((a) => a.text),
    textAt(s, 'CdtrRefInf', 'Ref'),
    ...childrenNamed(s, 'RfrdDocInf').map((d) => textAt(d, 'Nb')),
  ]);
  return joinParts([...unstructured, ...structured], ' ');
}

/** Details may carry their own amount (Amt since .001.03, AmtDtls/TxAmt before); only one in the entry's currency counts. */
function ownAmount(tx: XmlElement, direction: 1 | -1, entryCurrency: string): number | null {
  const amt = child(tx, 'Amt') ?? child(tx, 'AmtDtls', 'TxAmt', 'Amt');
  if (!amt || (attr(amt, 'Ccy') ?? '').trim().toUpperCase() !== entryCurrency) return null;
  try {
    return direction * amountOf(amt, entryCurrency).minor;
  } catch (err) {
    // An unreadable detail amount only means the entry is not split; the entry amount stands.
    if (err instanceof CamtRowProblem) return null;
    throw err;
  }
}

function safeDirection(indicator: string): 1 | -1 | null {
  try {
    return directionOf(indicator);
  } catch (err) {
    if (err instanceof CamtRowProblem) return null;
    throw err;
  }
}
