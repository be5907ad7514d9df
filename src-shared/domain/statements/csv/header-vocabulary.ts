import type { ColumnRole } from '../types';
import { normalizeLabel } from './label';
import { isCurrencyCodeKnown } from './currency-codes';

/**
 * What a column header names, in English, German, Dutch, French, Spanish, Portuguese and Italian
 * (plus a few Nordic words). Headers are compared after normalizeLabel, with currency codes and
 * symbols ("Betrag (EUR)", "Amount (£)") removed and remembered. A header matches a phrase
 * exactly (score 1, or lower for weaker synonyms) or contains a keyword (score 0.5).
 *
 * Beyond the public ColumnRoles: 'account' is an account number (the statement's own when it
 * never changes, else the counterparty's), 'payer' is the counterparty of incoming money where a
 * bank splits payer and payee (DKB), 'skip' marks money-like columns that are not the
 * transaction amount (fees, local amounts, prices, quantities).
 */
export type HeaderRole = ColumnRole | 'account' | 'payer' | 'skip';

export interface HeaderMatch {
  role: HeaderRole;
  score: number;
}

type Entry = [HeaderRole, number, readonly string[]];

const EXACT: readonly Entry[] = [
  ['date', 1, [
    'date', 'datum', 'fecha', 'data', 'dato', 'transaction date', 'trans date', 'txn date', 'date of transaction',
    'posting date', 'posted date', 'post date', 'date posted', 'booking date', 'book date', 'started date',
    'completed date', 'buchungstag', 'buchungsdatum', 'buchung', 'datum buchung', 'transactiedatum', 'boekdatum',
    'boekingsdatum', 'datum transactie', 'date operation', 'date de l operation', 'date de operation',
    'date comptable', 'date de comptabilisation', 'date de transaction', 'fecha operacion', 'fecha de operacion',
    'f operacion', 'fecha contable', 'fecha movimiento', 'data operacao', 'data da operacao', 'data lancamento',
    'data de lancamento', 'data movimento', 'data do movimento', 'data contabile', 'data operazione',
    'data registrazione', 'data mov', 'transactiondate', 'bookingdate', 'f operativa', 'fecha operativa', 'bokforingsdag', 'bokforingsdatum', 'transaktionsdatum', 'kirjauspaiva', 'dag'],
  ],
  ['valueDate', 1, [
    'value date', 'valuta', 'valutadatum', 'valuta datum', 'wertstellung', 'wertstellungsdatum', 'wert',
    'date de valeur', 'date valeur', 'fecha valor', 'fecha de valor', 'f valor', 'data valor', 'data valuta',
    'data di valuta', 'rentedatum', 'interest date', 'settlement date', 'valutadag', 'valuedate'],
  ],
  ['amount', 1, [
    'amount', 'amt', 'transaction amount', 'amount in', 'betrag', 'buchungsbetrag', 'umsatz', 'umsatz in',
    'bedrag', 'transactiebedrag', 'montant', 'montant de l operation', 'montant operation', 'importe',
    'importe operacion', 'importo', 'valor', 'valor da operacao', 'valore', 'monto', 'montante', 'belopp', 'summa',
    'value', 'belob', 'belop', 'maara', 'kwota', 'castka', 'kwota operacji'],
  ],
  ['amount', 0.8, ['gross', 'net amount', 'sum', 'summe', 'total amount']],
  ['debit', 1, [
    'debit', 'debits', 'debit amount', 'withdrawal', 'withdrawals', 'withdrawal amount', 'paid out', 'money out',
    'out', 'outflow', 'spent', 'ut fra konto', 'soll', 'ausgang', 'ausgaben', 'belastung', 'af', 'debet', 'afschrijving',
    'uitgaven', 'debito', 'cargo', 'cargos', 'sortie', 'sorties', 'montant debit', 'uscite', 'addebiti', 'dare',
    'debit eur', 'charges', 'charge'],
  ],
  ['credit', 1, [
    'credit', 'credits', 'credit amount', 'deposit', 'deposits', 'deposit amount', 'paid in', 'money in', 'in',
    'inflow', 'received', 'inn pa konto', 'haben', 'eingang', 'einnahmen', 'gutschrift', 'bij', 'bijschrijving', 'inkomsten',
    'credito', 'abono', 'abonos', 'ingreso', 'ingresos', 'entree', 'entrees', 'montant credit', 'entrate',
    'accrediti', 'avere', 'payments', 'payment'],
  ],
  ['indicator', 1, [
    'af bij', 'bij af', 'debit credit', 'credit debit', 'dr cr', 'cr dr', 'd c', 'c d', 'cd', 'soll haben',
    's h', 'debet credit', 'credit debet', 'credit debit indicator', 'debit credit indicator', 'indicator',
    'balance impact', 'sign', 'sinal', 'segno', 'signe', 'signo', 'vorzeichen'],
  ],
  ['balance', 1, [
    'balance', 'running balance', 'running bal', 'bal', 'ledger balance', 'balance after', 'saldo', 'saldo nach buchung',
    'kontostand', 'solde', 'solde apres operation', 'saldo disponible', 'saldo contable', 'nuevo saldo',
    'saldo apos', 'saldo dopo', 'saldo na data', 'saldo na', 'disponible', 'endsaldo'],
  ],
  ['reference', 1, [
    'reference', 'ref', 'referenz', 'kundenreferenz', 'transaction id', 'transaction reference',
    'reference number', 'ref no', 'ref nr', 'check number', 'check no', 'check', 'cheque number', 'cheque no',
    'check or slip', 'referencia', 'numero de referencia', 'reference operation', 'riferimento', 'numero documento',
    'numero do documento', 'n documento', 'documento', 'id', 'fitid', 'bank reference', 'transactiereferentie',
    'transaction number', 'numero', 'no', 'nr', 'number', 'num', 'betalingskenmerk', 'identificador'],
  ],
  ['reference', 0.7, ['end to end reference', 'end to end ref', 'mandatsreferenz']],
  ['currency', 1, [
    'currency', 'ccy', 'curr', 'waehrung', 'wahrung', 'devise', 'moneda', 'divisa', 'moeda', 'valuta',
    'currency code', 'munt'],
  ],
  ['category', 1, [
    'category', 'categories', 'kategorie', 'categorie', 'categoria', 'category name', 'spending category', 'kategoria',
    'rubrique'],
  ],
  ['payee', 1, [
    'payee', 'name', 'payee name', 'counterparty', 'counter party', 'counterparty name', 'beneficiary',
    'merchant', 'merchant name', 'recipient', 'empfanger', 'empfaenger', 'zahlungsempfanger',
    'zahlungsempfaenger', 'zahlungsempfanger in', 'begunstigter', 'beguenstigter', 'auftraggeber begunstigter',
    'auftraggeber beguenstigter', 'auftraggeber empfanger', 'auftraggeber empfaenger', 'beguenstigter zahlungspflichtiger', 'begunstigter zahlungspflichtiger',
    'name zahlungsbeteiligter', 'naam', 'naam omschrijving', 'naam tegenpartij', 'tegenpartij', 'naam begunstigde',
    'beneficiaire', 'tiers', 'beneficiario', 'destinatario', 'nome', 'contraparte', 'favorecido', 'to',
    'saaja maksaja', 'kontrahent', 'odbiorca', 'mottaker', 'mottagare', 'namn', 'auftraggeber zahlungsempfanger', 'auftraggeber zahlungsempfaenger'],
  ],
  ['payer', 1, [
    'payer', 'zahlungspflichtiger', 'zahlungspflichtige', 'zahlungspflichtige r', 'auftraggeber', 'ordenante',
    'remitter', 'from', 'ordinante', 'avsandare', 'payer name'],
  ],
  ['description', 1, [
    'description', 'transaction details', 'transaction description', 'narrative', 'narration',
    'particulars', 'verwendungszweck', 'beschreibung', 'omschrijving', 'omschrijving 1', 'omschrijving 2',
    'omschrijving 3', 'mededelingen', 'libelle', 'libelle operation', 'libelle de l operation',
    'libelle simplifie', 'concepto', 'descripcion', 'concepto movimiento', 'descricao', 'historico',
    'descrizione', 'causale', 'descrizione operazione', 'purpose', 'remittance information', 'text',
    'payment details', 'payment reference', 'transaction', 'motivo', 'beskrivning', 'tekst', 'item title', 'subject',
    'label', 'wording', 'title', 'lancamento', 'beskrivelse', 'opis', 'popis', 'rubrik', 'opis operacji', 'avisierungstext',
    'vrije mededeling'],
  ],
  // Weaker names: Chase's "Details" holds DEBIT/CREDIT beside its "Description".
  ['description', 0.9, ['details']],
  ['description', 0.8, ['buchungstext', 'vorgang', 'buchungsdetails', 'operazione']],
  ['memo', 1, [
    'memo', 'notes', 'note', 'notiz', 'notes and tags', 'comment', 'comments', 'kommentar', 'opmerking',
    'opmerkingen', 'remarque', 'nota', 'observaciones', 'observacoes', 'type', 'transaction type', 'umsatzart',
    'umsatztyp', 'buchungsart', 'mutatiesoort', 'code', 'transactiecode', 'detail', 'detail de l ecriture',
    'subcategory', 'tipo', 'tipo de movimiento', 'tipo operacion', 'type de transaction', 'type operation',
    'soort transactie', 'info', 'additional info', 'dependencia origem', 'movimiento', 'comentario',
    'descrizione completa', 'extended details', 'original description', 'gestructureerde mededeling', 'mutationcode'],
  ],
  ['account', 1, [
    'account', 'account number', 'account no', 'konto', 'kontonummer', 'iban', 'auftragskonto', 'iban auftragskonto',
    'rekening', 'rekeningnummer', 'compte', 'numero de compte', 'cuenta', 'numero de cuenta', 'conta', 'conto',
    'card no', 'card number', 'card', 'karte', 'kartennummer', 'tegenrekening', 'iban zahlungsbeteiligter',
    'tegenrekening iban bban', 'iban kontoinhaber', 'kontonummer iban', 'counterparty account', 'account name',
    'kontoname', 'accountnumber', 'rekeningnummer tegenpartij'],
  ],
  ['skip', 1, [
    'fee', 'fees', 'gebuhr', 'gebuehr', 'local amount', 'original amount', 'foreign amount', 'exchange rate',
    'quantity', 'qty', 'price', 'shares', 'time', 'uhrzeit', 'hora', 'heure', 'tijd', 'status', 'timezone',
    'glaubiger id', 'glaeubiger id', 'local currency', 'fee amount', 'startsaldo'],
  ],
];

const KEYWORDS: readonly Entry[] = [
  // Checked first: a foreign, original or local amount, a fee, is never the booked amount.
  ['skip', 0.9, ['foreign', 'fremdwahrung', 'fremdwaehrung', 'original', 'oorspr', 'local', 'fee', 'fees']],
  ['date', 0.5, ['date', 'datum', 'fecha', 'data', 'dato', 'buchungstag']],
  ['valueDate', 0.6, ['valuta', 'wertstellung', 'valeur']],
  ['amount', 0.5, ['amount', 'betrag', 'bedrag', 'montant', 'importe', 'importo', 'valor', 'monto', 'umsatz', 'belopp']],
  ['debit', 0.5, ['debit', 'withdrawal', 'withdrawals', 'debito', 'cargo', 'soll', 'uscite', 'addebiti', 'debet', 'lastschrift']],
  ['credit', 0.5, ['credit', 'deposit', 'deposits', 'credito', 'abono', 'haben', 'entrate', 'accrediti', 'gutschrift']],
  ['balance', 0.5, ['balance', 'saldo', 'solde', 'kontostand']],
  ['reference', 0.5, ['reference', 'referenz', 'referencia', 'riferimento', 'documento']],
  ['currency', 0.5, ['currency', 'waehrung', 'wahrung', 'devise', 'moneda', 'divisa']],
  ['category', 0.5, ['category', 'kategorie', 'categorie', 'categoria']],
  ['payee', 0.5, ['payee', 'name', 'naam', 'counterparty', 'beneficiary', 'merchant', 'empfanger', 'empfaenger', 'tegenpartij', 'beneficiaire', 'beneficiario', 'nome']],
  ['description', 0.5, ['description', 'descripcion', 'descricao', 'descrizione', 'omschrijving', 'libelle', 'verwendungszweck', 'details', 'narrative', 'concepto', 'historico', 'causale', 'beschreibung']],
  ['memo', 0.5, ['memo', 'notes', 'note', 'comment', 'type', 'tipo']],
  ['account', 0.5, ['iban', 'kontonummer', 'rekening']],
];

/** English-only header words: a header made of them hints at a US/UK file (see locale-signals.ts). */
const ENGLISH = new Set([
  'amount', 'description', 'balance', 'payee', 'details', 'withdrawal', 'withdrawals', 'deposit', 'deposits',
  'money', 'paid', 'memo', 'running', 'posting', 'posted', 'transaction', 'merchant', 'narrative', 'reference',
  'category', 'name', 'notes', 'type', 'check',
]);

const EXACT_MAP = new Map<string, HeaderMatch>();
for (const [role, score, phrases] of EXACT) {
  for (const p of phrases) if (!EXACT_MAP.has(p)) EXACT_MAP.set(p, { role, score });
}
const KEYWORD_MAP = new Map<string, HeaderMatch[]>();
for (const [role, score, words] of KEYWORDS) {
  for (const w of words) KEYWORD_MAP.set(w, [...(KEYWORD_MAP.get(w) ?? []), { role, score }]);
}

export interface HeaderInfo {
  /** Normalized header text without currency codes. */
  label: string;
  /** Candidate roles, best first. */
  matches: HeaderMatch[];
  /** A currency the header names ("Betrag (EUR)", "Amount (£)"). */
  currency: string | null;
  english: boolean;
}

export function readHeader(raw: string): HeaderInfo {
  const currency = headerCurrency(raw);
  // camelCase headers (Boursorama "dateOp", "accountNum") split into words first.
  const words = normalizeLabel(raw.replace(/([a-z])([A-Z])/g, '$1 $2')).split(' ').filter((w) => w !== '' && !isCurrencyWord(w));
  // "Gutschrift in CHF", "Amount in EUR": the preposition went with the currency.
  if (currency && words.length > 1 && PREPOSITIONS.has(words[words.length - 1]!)) words.pop();
  const label = words.join(' ');
  const matches: HeaderMatch[] = [];
  const exact = EXACT_MAP.get(label);
  if (exact) matches.push(exact);
  else {
    for (const w of words) {
      for (const m of KEYWORD_MAP.get(w) ?? []) {
        if (!matches.some((x) => x.role === m.role)) matches.push(m);
      }
    }
    if (matches.some((m) => m.role === 'skip')) return { label, matches: [{ role: 'skip', score: 0.9 }], currency, english: false };
  }
  matches.sort((a, b) => b.score - a.score);
  return { label, matches, currency, english: words.some((w) => ENGLISH.has(w)) };
}

const PREPOSITIONS = new Set(['in', 'en', 'em', 'im']);

function isCurrencyWord(word: string): boolean {
  return word === 'euro' || word === 'euros' || (word.length === 3 && isCurrencyCodeKnown(word.toUpperCase()));
}

function headerCurrency(raw: string): string | null {
  if (raw.includes('€')) return 'EUR';
  if (raw.includes('£')) return 'GBP';
  const m = /(?:^|[^A-Za-z])([A-Z]{3})(?:$|[^A-Za-z])/.exec(raw);
  if (m && isCurrencyCodeKnown(m[1]!)) return m[1]!;
  if (/\beuros?\b/i.test(raw)) return 'EUR';
  return null;
}
