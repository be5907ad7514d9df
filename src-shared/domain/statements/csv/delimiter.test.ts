import { describe, expect, it } from 'vitest';
import { countFields, detectDelimiter } from './delimiter';

describe('detectDelimiter', () => {
  it('finds commas even when quoted descriptions hold semicolons', () => {
    const text = 'Date,Description,Amount\n2024-01-01,"A; B; C",1.00\n2024-01-02,"D;E",2.00\n';
    expect(detectDelimiter(text)?.delimiter).toBe(',');
  });

  it('finds semicolons when unquoted descriptions hold commas', () => {
    const text = 'Buchungstag;Verwendungszweck;Betrag\n01.01.2024;Miete, Januar;-500,00\n02.01.2024;Lohn;2.000,00\n03.01.2024;A, B, C;1,00\n';
    expect(detectDelimiter(text)).toEqual({ delimiter: ';', fields: 3, consistency: 1 });
  });

  it('finds tabs and pipes', () => {
    expect(detectDelimiter('123\tEUR\t20160102\t-5,00\tX\n123\tEUR\t20160102\t-10,00\tY')?.delimiter).toBe('\t');
    expect(detectDelimiter('2024-01-01|Coffee|-3.50\n2024-01-02|Tea|-2.50\n')?.delimiter).toBe('|');
  });

  it('survives a preamble and ragged rows', () => {
    const text = 'Konto;DE123\nZeitraum;01.01.2024 - 31.01.2024\n\nDatum;Text;Betrag;Saldo\n01.01.2024;A;-1,00;5,00\n02.01.2024;B;2,00;7,00\n03.01.2024;C;1,00;8,00\n';
    expect(detectDelimiter(text)?.delimiter).toBe(';');
    const ragged = '20121115,From1,Acc,T1,IC,Af,"136,13",Incasso,SEPA Incasso, Opm1\n20121112,Names,NL28,21817,GT,Bij,"375,00", Opm2\n';
    expect(detectDelimiter(ragged)?.delimiter).toBe(',');
  });

  it('returns null for text without a delimiter', () => {
    expect(detectDelimiter('just some prose\nwithout columns\n')).toBeNull();
    expect(detectDelimiter('')).toBeNull();
  });
});

describe('countFields', () => {
  it('ignores delimiters inside quotes', () => {
    expect(countFields('a,"b,c",d', ',')).toBe(3);
    expect(countFields('a;b;;', ';')).toBe(4);
  });
});
