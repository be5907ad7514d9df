/**
 * ISO 20022 bank-to-customer cash management: camt.053 statements, camt.052 account reports
 * and camt.054 debit/credit notifications, schema versions .001.01 to .001.1x. They share the
 * container structure (Acct, Bal, Ntry/NtryDtls/TxDtls), so one reader serves all three.
 * XML is read by text/xml.ts: DTDs skipped, no entity expansion.
 */
import { decodeText } from '../../text/decode';
import { XmlError, readXml, type XmlElement } from '../../text/xml';
import {
  StatementError,
  type FormatParseResult, type FormatParser, type ParsedTransaction, type RowError, type StatementFormat, type StatementSection,
} from '../types';
import { CONTAINERS, SectionBuilder } from './camt-statement';

const FORMAT_OF_MESSAGE: Readonly<Record<string, StatementFormat>> = {
  BkToCstmrStmt: 'camt053',
  BkToCstmrAcctRpt: 'camt052',
  BkToCstmrDbtCdtNtfctn: 'camt054',
};
const MESSAGE_TAG = /<(?:[A-Za-z_][\w.-]*:)?(BkToCstmrStmt|BkToCstmrAcctRpt|BkToCstmrDbtCdtNtfctn)(?:V\d{2})?[\s>/]/;
const NAMESPACE = /urn:iso:std:iso:20022:tech:xsd:camt\.(052|053|054)\.\d{3}\.\d{2}/;

export const camtParser: FormatParser = {
  formats: ['camt052', 'camt053', 'camt054'],
  sniff: (_bytes, head) => sniffCamt(head),
  parse: (bytes) => parseCamt(bytes),
};

export function sniffCamt(head: string): { format: StatementFormat; score: number } | null {
  if (!/^\s*</.test(head)) return null;
  // The message element is decisive; the namespace alone identifies files whose message
  // element lies beyond the sniffed head (a huge group header) or uses an unusual prefix.
  const message = MESSAGE_TAG.exec(head);
  if (message) return { format: FORMAT_OF_MESSAGE[message[1]!]!, score: 0.98 };
  const ns = NAMESPACE.exec(head);
  if (ns) return { format: `camt${ns[1]}` as StatementFormat, score: 0.98 };
  return null;
}

export function parseCamt(bytes: Uint8Array): FormatParseResult {
  const text = decodeXml(bytes);
  const errors: RowError[] = [];
  const sections: StatementSection[] = [];
  const open = new Map<XmlElement, SectionBuilder>();
  const builderFor = (container: XmlElement): SectionBuilder => {
    let b = open.get(container);
    if (!b) open.set(container, b = new SectionBuilder(container, errors));
    return b;
  };
  try {
    // Entries are read and detached as they close, so memory stays flat for large statements.
    readXml(text, {
      onClose(el, ancestors) {
        const parent = ancestors[ancestors.length - 1];
        if (el.name === 'Ntry') {
          const grandparent = ancestors[ancestors.length - 2];
          if (!parent || !grandparent || containerOf(grandparent) !== parent.name) return false;
          builderFor(parent).addEntry(el);
          return true;
        }
        if (parent && CONTAINER_NAMES.has(el.name) && containerOf(parent) === el.name) {
          sections.push(builderFor(el).finish());
          open.delete(el);
          return true;
        }
        return false;
      },
    });
  } catch (err) {
    if (!(err instanceof XmlError)) throw err;
    const partial = [...open.values()];
    if (sections.length === 0 && partial.every((b) => b.transactions.length === 0)) {
      throw new StatementError('PARSE_FAILED',
        `The CAMT file is not well-formed XML (${err.message}). Export the statement from your bank again.`);
    }
    // A file cut off mid-way (an interrupted download) keeps the entries read before the break.
    for (const b of partial) sections.push(b.finish());
    errors.push({ line: err.line, message: `The file is damaged or cut off here (${err.message}); entries after this line were not read.` });
  }
  if (sections.length === 0) {
    throw new StatementError('PARSE_FAILED',
      'The file is an ISO 20022 message but holds no account statement, report or notification (<Stmt>, <Rpt> or <Ntfctn>).');
  }
  dropRepeatedReferences(sections.flatMap((s) => s.transactions));
  return { sections, errors };
}

const CONTAINER_NAMES = new Set(Object.values(CONTAINERS));

/** The container element name inside a message element (version 01 names carry a V01 suffix). */
function containerOf(message: XmlElement): string | undefined {
  return CONTAINERS[message.name] ?? CONTAINERS[message.name.replace(/V\d{2}$/, '')];
}

/** Honors the XML declaration's encoding when the bytes are not valid UTF-8 (ISO-8859-1 exports). */
function decodeXml(bytes: Uint8Array): string {
  const head = String.fromCharCode(...bytes.subarray(0, 200));
  const declared = /^(?:\xEF\xBB\xBF)?\s*<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9._-]+)["']/.exec(head)?.[1] ?? null;
  return decodeText(bytes, declared).text;
}

/**
 * A reference identifies one booking for deduplication. A value that repeats within the file
 * ("NOTPROVIDED", a statement-level id copied to every entry) identifies nothing, and using it
 * would merge different bookings, so it is dropped.
 */
function dropRepeatedReferences(transactions: ParsedTransaction[]): void {
  const seen = new Map<string, number>();
  for (const t of transactions) if (t.reference) seen.set(t.reference, (seen.get(t.reference) ?? 0) + 1);
  for (const t of transactions) if (t.reference && seen.get(t.reference)! > 1) t.reference = null;
}
