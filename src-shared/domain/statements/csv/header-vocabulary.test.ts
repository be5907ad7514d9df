import { describe, expect, it } from 'vitest';
import { readHeader } from './header-vocabulary';

function role(header: string): string | undefined {
  return readHeader(header).matches[0]?.role;
}

describe('readHeader', () => {
  it.each([
    ['Date', 'date'], ['Buchungstag', 'date'], ['Transactiedatum', 'date'], ["Date de l'opération", 'date'],
    ['Fecha Operación', 'date'], ['Data lançamento', 'date'], ['Data Operazione', 'date'], ['Posting Date', 'date'],
    ['Wertstellung', 'valueDate'], ['Valutadatum', 'valueDate'], ['F.Valor', 'valueDate'], ['Date de valeur', 'valueDate'],
    ['Amount', 'amount'], ['Betrag (EUR)', 'amount'], ['Bedrag (EUR)', 'amount'], ["Montant de l'opération", 'amount'],
    ['Importe', 'amount'], ['Valor', 'amount'], ['Importo (EUR)', 'amount'], ['Amount (GBP)', 'amount'],
    ['Debit', 'debit'], ['Withdrawals', 'debit'], ['Paid out', 'debit'], ['Soll', 'debit'], ['Débit euros', 'debit'], ['Cargo', 'debit'],
    ['Credit', 'credit'], ['Deposits', 'credit'], ['Money In', 'credit'], ['Haben', 'credit'], ['Crédit euros', 'credit'], ['Abono', 'credit'],
    ['Af Bij', 'indicator'], ['Debit/Credit', 'indicator'], ['Soll/Haben', 'indicator'], ['Balance Impact', 'indicator'],
    ['Balance', 'balance'], ['Running Bal.', 'balance'], ['Saldo', 'balance'], ['Kontostand', 'balance'], ['Solde', 'balance'],
    ['Reference', 'reference'], ['Transaction ID', 'reference'], ['Check or Slip #', 'reference'], ['Número do documento', 'reference'],
    ['Currency', 'currency'], ['Währung', 'currency'], ['Devise', 'currency'], ['Munt', 'currency'],
    ['Category', 'category'], ['Kategorie', 'category'], ['Categorie', 'category'], ['Categoría', 'category'],
    ['Payee', 'payee'], ['Name', 'payee'], ['Beguenstigter/Zahlungspflichtiger', 'payee'], ['Naam / Omschrijving', 'payee'], ['Counter Party', 'payee'],
    ['Zahlungspflichtige*r', 'payer'],
    ['Description', 'description'], ['Verwendungszweck', 'description'], ['Omschrijving-1', 'description'], ['Libellé', 'description'],
    ['Concepto', 'description'], ['Histórico', 'description'], ['Descrizione', 'description'], ['label', 'description'],
    ['Memo', 'memo'], ['Type', 'memo'], ['Mutatiesoort', 'memo'], ['Notes and #tags', 'memo'],
    ['IBAN', 'account'], ['Auftragskonto', 'account'], ['Card No.', 'account'],
    ['Local amount', 'skip'], ['Amount (Foreign Currency)', 'skip'], ['Fee', 'skip'], ['Time', 'skip'],
    ['dateOp', 'date'], ['transactiondate', 'date'], ['Gutschrift in CHF', 'credit'], ['Lastschrift in CHF', 'debit'],
    ['Amount in EUR', 'amount'], ['#Opis operacji', 'description'], ['Avsändare', 'payer'],
  ])('%s -> %s', (header, expected) => {
    expect(role(header)).toBe(expected);
  });

  it('remembers a currency named by the header', () => {
    expect(readHeader('Betrag (EUR)').currency).toBe('EUR');
    expect(readHeader('Betrag (€)').currency).toBe('EUR');
    expect(readHeader('Amount (GBP)').currency).toBe('GBP');
    expect(readHeader('Débit euros').currency).toBe('EUR');
    expect(readHeader('Amount').currency).toBeNull();
  });

  it('knows nothing of unrelated headers', () => {
    expect(readHeader('Emoji').matches).toEqual([]);
    expect(readHeader('Zip Code').matches).toEqual([]);
  });

  it('marks English headers', () => {
    expect(readHeader('Amount').english).toBe(true);
    expect(readHeader('Betrag').english).toBe(false);
  });
});
