import { describe, expect, it } from 'vitest';
import { parseInformation, parseNonSwift } from './field-86';

describe('parseInformation', () => {
  it('joins free text lines with a space, and a full 65-character line without one', () => {
    expect(parseInformation([['0111111111 V. DE JONG KERKSTRAAT 1154 1234 BW', 'ENSCHEDE']])).toEqual({
      payee: '', description: '0111111111 V. DE JONG KERKSTRAAT 1154 1234 BW ENSCHEDE', memo: '',
    });
    const full = `${'A'.repeat(60)}ACCOUN`; // 61 characters + ":86:" fills the first 65-character line
    expect(parseInformation([[full, 'T HOLDER']]).description).toBe(`${'A'.repeat(60)}ACCOUNT HOLDER`);
    expect(parseInformation([['X', `${'B'.repeat(64)}C`, 'D']]).description).toBe(`X ${'B'.repeat(64)}CD`);
  });

  it('joins the several :86: fields Rabobank sends for one line', () => {
    expect(parseInformation([['BETALINGSKENM.  123456789   '], ['FACTUURNUMMER 987654321']]).description)
      .toBe('BETALINGSKENM. 123456789 FACTUURNUMMER 987654321');
  });

  it('joins subfield lines without separator: the wrap falls anywhere', () => {
    const info = parseInformation([['166?00GUTSCHRIFT?100399?20EREF+TFNR 0300300004?21SVWZ+Strukturier', 'ter Verwend?22ungszweck 30030004 DE?32Quentin Quast']]);
    expect(info).toEqual({ payee: 'Quentin Quast', description: 'Strukturierter Verwendungszweck 30030004 DE', memo: 'GUTSCHRIFT; EREF TFNR 0300300004; Primanota 0399' });
  });

  it('reads slash codes across wrapped lines', () => {
    const info = parseInformation([['/TRTP/BETAALAUTOMAAT BUITENLAND/NAME/ITM HANDELSGESELLSCHAF', '/REMI/KIEFERSFELDEN 25-02-2017 16:57 PAS: 8XX9']]);
    expect(info).toEqual({ payee: 'ITM HANDELSGESELLSCHAF', description: 'KIEFERSFELDEN 25-02-2017 16:57 PAS: 8XX9', memo: 'BETAALAUTOMAAT BUITENLAND' });
  });

  it('gives empty text for an empty field', () => {
    expect(parseInformation([['']])).toEqual({ payee: '', description: '', memo: '' });
  });
});

describe('parseNonSwift', () => {
  it('reads purpose 01-14, name 15-16 and the rest to memo', () => {
    const info = parseNonSwift([['01Verwendungszweck 1', '02Verwendungszweck 2', '15ERGO Versicherung AG Fiokte', '16lep', '17Buchungstext', 'not coded']]);
    expect(info).toEqual({ payee: 'ERGO Versicherung AG Fioktelep', description: 'Verwendungszweck 1 Verwendungszweck 2', memo: 'Buchungstext' });
  });
});
