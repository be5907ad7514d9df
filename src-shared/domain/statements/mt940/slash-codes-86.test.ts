import { describe, expect, it } from 'vitest';
import { isSlashCoded, parseSlashCodes } from './slash-codes-86';

describe('isSlashCoded', () => {
  it('needs a known code at the start', () => {
    expect(isSlashCoded('/TRTP/SEPA OVERBOEKING/IBAN/NL')).toBe(true);
    expect(isSlashCoded(' /EREF/123')).toBe(true);
    expect(isSlashCoded('/XYZ/abc')).toBe(false);
    expect(isSlashCoded('BEA NR:1 21.05.11/12.54')).toBe(false);
  });
});

describe('parseSlashCodes', () => {
  it('reads ABN AMRO: name as payee, REMI as description, type, account and references to memo', () => {
    expect(parseSlashCodes('/TRTP/SEPA OVERBOEKING/IBAN/NL86INGB0002445588/BIC/INGBNL2A/NAME/ TT TEST/REMI/TRANSFER OWN MONEY/EREF/NOTPROVIDED')).toEqual({
      payee: 'TT TEST',
      description: 'TRANSFER OWN MONEY',
      memo: ['SEPA OVERBOEKING', 'IBAN NL86INGB0002445588', 'BIC INGBNL2A'],
    });
  });

  it('reads Rabobank: empty BENM slot, name, remittance with slashes, dates', () => {
    expect(parseSlashCodes('/EREF/08-01-2013 12:00 0030000987654321/BENM//NAME/CONTRA ACCOUNT HOLDER/REMI/Invoice 2013/01/ISDT/2013-07-11')).toEqual({
      payee: 'CONTRA ACCOUNT HOLDER',
      description: 'Invoice 2013/01',
      memo: ['EREF 08-01-2013 12:00 0030000987654321', 'ISDT 2013-07-11'],
    });
  });

  it('reads ING: counterparty from CNTP and the USTD remittance', () => {
    expect(parseSlashCodes('/EREF/NOTPROVIDED//CNTP/NL08INGB0000000555/INGBNL2A/ING Bank N.V./AMSTERDAM//REMI/USTD//Rente en kosten/')).toEqual({
      payee: 'ING Bank N.V.',
      description: 'Rente en kosten',
      memo: ['IBAN NL08INGB0000000555', 'BIC INGBNL2A'],
    });
    expect(parseSlashCodes('/CNTP/NL08INGB0000000555/INGBNL2A/Shop///REMI/STRD/CUR/RF18539007547034/').description).toBe('RF18539007547034');
  });

  it('describes a line without remittance by its type, else by its counterparty', () => {
    expect(parseSlashCodes('/TRTP/IDEAL BETALING/NAME/Shop').description).toBe('IDEAL BETALING');
    expect(parseSlashCodes('/NAME/Shop/EREF/x1').description).toBe('Shop');
  });
});
