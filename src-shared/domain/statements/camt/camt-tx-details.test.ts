import { describe, expect, it } from 'vitest';
import { readXml } from '../../text/xml';
import { readTxDetails } from './camt-tx-details';

const parties = `<RltdPties>
  <Dbtr><Nm>Payer Ltd</Nm></Dbtr><DbtrAcct><Id><IBAN>DE58740618130100033626</IBAN></Id></DbtrAcct>
  <UltmtDbtr><Nm>Payer Parent</Nm></UltmtDbtr>
  <Cdtr><Nm>Our Company</Nm></Cdtr><CdtrAcct><Id><Othr><Id>12345678</Id></Othr></Id></CdtrAcct>
  <UltmtCdtr><Nm>NOTPROVIDED</Nm></UltmtCdtr>
</RltdPties>`;

describe('readTxDetails', () => {
  it('names the debtor as counterparty of a credit and the creditor of a debit', () => {
    const tx = readXml(`<TxDtls>${parties}</TxDtls>`);
    expect(readTxDetails(tx, 1, 'EUR')).toMatchObject({
      counterparty: 'Payer Ltd', counterpartyAccount: 'DE58740618130100033626', ultimateParty: 'Payer Parent',
    });
    expect(readTxDetails(tx, -1, 'EUR')).toMatchObject({
      counterparty: 'Our Company', counterpartyAccount: '12345678', ultimateParty: '',
    });
  });

  it('follows the details own indicator over the entry direction', () => {
    const tx = readXml(`<TxDtls><CdtDbtInd>DBIT</CdtDbtInd>${parties}</TxDtls>`);
    expect(readTxDetails(tx, 1, 'EUR').counterparty).toBe('Our Company');
  });

  it('reads names wrapped in Pty (.001.08 and later)', () => {
    const tx = readXml('<TxDtls><RltdPties><Cdtr><Pty><Nm>Company Name</Nm></Pty></Cdtr></RltdPties></TxDtls>');
    expect(readTxDetails(tx, -1, 'EUR').counterparty).toBe('Company Name');
  });

  it('joins unstructured remittance lines and adds structured references', () => {
    const tx = readXml(`<TxDtls><RmtInf>
      <Ustrd>Retoure SEPA Lastschrift vom 03.01.2014, EREF:
          STZV-EtE27122013-11</Ustrd>
      <Ustrd>:05-2 CRED: DE79ZZZ00000000584</Ustrd>
      <Strd><CdtrRefInf><Ref>RF18539007547034</Ref></CdtrRefInf><AddtlRmtInf>Invoice 4711</AddtlRmtInf></Strd>
    </RmtInf></TxDtls>`);
    expect(readTxDetails(tx, 1, 'EUR').remittance)
      .toBe('Retoure SEPA Lastschrift vom 03.01.2014, EREF: STZV-EtE27122013-11 :05-2 CRED: DE79ZZZ00000000584 Invoice 4711 RF18539007547034');
  });

  it('reads references, mandate, return reason and additional info, dropping placeholders', () => {
    const tx = readXml(`<TxDtls>
      <Refs><EndToEndId>NOTPROVIDED</EndToEndId><AcctSvcrRef>BANK-1</AcctSvcrRef><MndtId>M-7</MndtId></Refs>
      <AddtlTxInf>Card payment</AddtlTxInf>
      <RtrInf><Rsn><Cd>MD06</Cd></Rsn><AddtlInf>Refund request</AddtlInf></RtrInf>
    </TxDtls>`);
    expect(readTxDetails(tx, 1, 'EUR')).toMatchObject({
      endToEndId: '', acctSvcrRef: 'BANK-1', mandateId: 'M-7', additionalInfo: 'Card payment', returnReason: 'MD06 Refund request',
    });
  });

  it('takes its own amount only in the entry currency, signed by direction', () => {
    expect(readTxDetails(readXml('<TxDtls><Amt Ccy="EUR">2.25</Amt></TxDtls>'), -1, 'EUR').amountMinor).toBe(-225);
    expect(readTxDetails(readXml('<TxDtls><AmtDtls><TxAmt><Amt Ccy="EUR">1.20</Amt></TxAmt></AmtDtls></TxDtls>'), 1, 'EUR').amountMinor).toBe(120);
    expect(readTxDetails(readXml('<TxDtls><Amt Ccy="SEK">0</Amt></TxDtls>'), 1, 'EUR').amountMinor).toBeNull();
    expect(readTxDetails(readXml('<TxDtls><Amt Ccy="EUR">n/a</Amt></TxDtls>'), 1, 'EUR').amountMinor).toBeNull();
    expect(readTxDetails(readXml('<TxDtls/>'), 1, 'EUR').amountMinor).toBeNull();
  });
});
