import { describe, expect, it } from 'vitest';
import { isSubfieldText, joinSubfields, parseSubfields } from './subfields-86';

describe('isSubfieldText', () => {
  it('recognizes ?xx subfields (with or without business code) and >xx after a code', () => {
    expect(isSubfieldText('166?00GUTSCHRIFT?100399')).toBe(true);
    expect(isSubfieldText('?00GUTSCHRIFT')).toBe(true);
    expect(isSubfieldText('000>100987654321>20HUUR')).toBe(true);
    expect(isSubfieldText('020<00Przelew<20Faktura')).toBe(true);
    expect(isSubfieldText('225^00PRZELEW^20Faktura')).toBe(true);
    expect(isSubfieldText('020~00PRZELEW~20Faktura')).toBe(true);
    expect(isSubfieldText('>20 not a code')).toBe(false);
    expect(isSubfieldText('<20 not a code either')).toBe(false);
    expect(isSubfieldText('/TRTP/SEPA')).toBe(false);
    expect(isSubfieldText('BEA NR:XXX1234')).toBe(false);
  });
});

describe('parseSubfields', () => {
  it('reads a German SEPA credit: name, purpose after SVWZ+, the rest to memo', () => {
    const text = '166?00GUTSCHRIFT?100399?20EREF+EndToEndId TFNR 22 004?21 00001?22SVWZ+Verw CTSc-01 BC-PPP TF?23Nr 22 004'
      + '?30DRESDEFF508?31DE14508800500194785000?32KARL?33        KAUFMANN?70Empfaenger Marta Metzger';
    expect(parseSubfields(text)).toEqual({
      payee: 'KARL KAUFMANN',
      description: 'Verw CTSc-01 BC-PPP TFNr 22 004',
      memo: ['GUTSCHRIFT', 'EREF EndToEndId TFNR 22 004 00001', 'Primanota 0399', 'BIC DRESDEFF508', 'IBAN DE14508800500194785000', 'Empfaenger Marta Metzger'],
    });
  });

  it('rejoins a SEPA keyword cut between two full subfields', () => {
    const text = '835?20Cie., S.C.A.?21SEPA-BASISLASTSCHRIFT?22EREF+ 1234567890123 PAYPAL?23MREF+ 12AB234CD6E7F CRED+ A'
      + '?24B12CDE0000000000000000034 S?25VWZ+ . SPOTIFY, Ihr Einkauf?26bei SPOTIFY?32PayPal (Europe) S.a.r.l. et';
    const info = parseSubfields(text);
    expect(info.description).toBe('. SPOTIFY, Ihr Einkaufbei SPOTIFY');
    expect(info.payee).toBe('PayPal (Europe) S.a.r.l. et');
    expect(info.memo).toEqual(['Cie., S.C.A. SEPA-BASISLASTSCHRIFT', 'EREF 1234567890123 PAYPAL', 'Mandate 12AB234CD6E7F', 'Creditor ID AB12CDE0000000000000000034']);
  });

  it('keeps the whole remittance as purpose when there is no SVWZ+, and the posting text when there is no remittance', () => {
    expect(parseSubfields('191?00SEPA-UEBERW?100399?20KREF+TFNr 01022 MSGID CTSc-?2101 EBB').description).toBe('KREF+TFNr 01022 MSGID CTSc-01 EBB');
    expect(parseSubfields('079?00SAMMLER?109800').description).toBe('SAMMLER');
    expect(parseSubfields('079?00SAMMLER?109800').memo).toEqual(['Primanota 9800']);
  });

  it('reads Triodos subfields separated by ">"', () => {
    const info = parseSubfields('000>100987654321>20ALGEMENE TUSSENREKENING KOS>21TEN VAN 01-10-2010 TOT EN M>22ET 31-12-2010>310390123456');
    expect(info.description).toBe('ALGEMENE TUSSENREKENING KOSTEN VAN 01-10-2010 TOT EN MET 31-12-2010');
    expect(info.memo).toEqual(['Primanota 0987654321', 'Account 0390123456']);
  });

  it('reads the Polish separators "<", "^" and "~" the same way', () => {
    for (const sep of ['<', '^', '~']) {
      const info = parseSubfields(`020${sep}00PRZELEW${sep}20Faktura 12/2023${sep}32Jan Kowalski${sep}38PL61109010140000071219812874`);
      expect(info, sep).toEqual({ payee: 'Jan Kowalski', description: 'Faktura 12/2023', memo: ['PRZELEW', 'IBAN PL61109010140000071219812874'] });
    }
  });

  it('continues with ?60-?63, drops a stray trailing separator and the bank-internal ?34', () => {
    const info = parseSubfields('105?00Basislastschrift?20SVWZ+STEUERNR 123/45?34992?60KOERPST 3VJ.17?62ABWA+Finanzamt Sentinel?');
    expect(info.description).toBe('STEUERNR 123/45 KOERPST 3VJ.17');
    expect(info.memo).toEqual(['Basislastschrift', 'Ultimate debtor Finanzamt Sentinel']);
  });
});

describe('joinSubfields', () => {
  it('continues a full 27-character subfield without a space and a shorter one with one', () => {
    expect(joinSubfields(['ERSTATTUNG AUSLANDSEINSATZE', 'NTGELT', 'FUER VISA'])).toBe('ERSTATTUNG AUSLANDSEINSATZENTGELT FUER VISA');
  });
});
