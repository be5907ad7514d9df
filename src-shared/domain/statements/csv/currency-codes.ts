/**
 * Active ISO 4217 codes. A currency column is recognised by its content, and a header like
 * "Betrag (EUR)" by its code; a list (not just /[A-Z]{3}/) keeps tickers such as "XRE" or
 * Canadian brokers' "CDN" from passing as currencies.
 */
const CODES = new Set((
  'AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BOB BRL BSD BTN BWP BYN BZD ' +
  'CAD CDF CHF CLP CNY COP CRC CUP CVE CZK DJF DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP GEL GHS GIP GMD ' +
  'GNF GTQ GYD HKD HNL HTG HUF IDR ILS INR IQD IRR ISK JMD JOD JPY KES KGS KHR KMF KPW KRW KWD KYD KZT ' +
  'LAK LBP LKR LRD LSL LYD MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK MXN MYR MZN NAD NGN NIO NOK NPR ' +
  'NZD OMR PAB PEN PGK PHP PKR PLN PYG QAR RON RSD RUB RWF SAR SBD SCR SDG SEK SGD SHP SLE SLL SOS SRD ' +
  'SSP STN SVC SYP SZL THB TJS TMT TND TOP TRY TTD TWD TZS UAH UGX USD UYU UZS VES VND VUV WST XAF XCD ' +
  'XOF XPF YER ZAR ZMW ZWL').split(' '));

export function isCurrencyCodeKnown(code: string): boolean {
  return code.length === 3 && CODES.has(code);
}

/** The ISO code a currency cell holds ("EUR", "eur", " USD "), or null. */
export function currencyOfCell(text: string): string | null {
  const t = text.trim().toUpperCase();
  if (t === '€') return 'EUR';
  if (t === '£') return 'GBP';
  return isCurrencyCodeKnown(t) ? t : null;
}
