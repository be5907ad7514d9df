import { describe, expect, it } from 'vitest';
import { cleanText, ofxAmount, ofxDate } from './ofx-values';

describe('ofxDate', () => {
  it.each([
    ['20190123', '2019-01-23'],
    ['20190123120000', '2019-01-23'],
    ['201901231200', '2019-01-23'],
    ['20190123120000.000', '2019-01-23'],
    ['20190123120000.000[-5:EST]', '2019-01-23'],
    ['20230330120000[0:GMT]', '2023-03-30'],
    // The written day is kept: an offset never moves the date.
    ['20191231230000[+14:LINT]', '2019-12-31'],
    ['2019-01-23T10:00:00', '2019-01-23'],
  ])('%s -> %s', (text, iso) => {
    expect(ofxDate(text)).toBe(iso);
  });

  it.each(['', '2019012', '201901231', '20191301', '20190230', 'NONE', '2019-1-2'])('rejects %j', (text) => {
    expect(ofxDate(text)).toBeNull();
  });
});

describe('ofxAmount', () => {
  it('reads point and comma decimals, signs and plus', () => {
    expect(ofxAmount('-3.77', 2)).toBe(-377);
    expect(ofxAmount('+50', 2)).toBe(5000);
    expect(ofxAmount('-12,50', 2)).toBe(-1250);
    expect(ofxAmount('.5', 2)).toBe(50);
  });

  it('takes the last mark as decimal when an exporter groups digits anyway', () => {
    expect(ofxAmount('1.234,56', 2)).toBe(123456);
    expect(ofxAmount('-1,234.56', 2)).toBe(-123456);
  });

  it('uses the currency scale and a decimal hint', () => {
    expect(ofxAmount('1500', 0)).toBe(1500);
    expect(ofxAmount('1.500', 3)).toBe(1500);
    expect(ofxAmount('1,500', 2, '.')).toBe(150000);
  });

  it('returns null for empty or non-numeric text', () => {
    expect(ofxAmount('', 2)).toBeNull();
    expect(ofxAmount('N/A', 2)).toBeNull();
  });
});

describe('cleanText', () => {
  it('joins wrapped lines', () => {
    expect(cleanText('  PREAUTHORIZED\r\n   DEBIT  ')).toBe('PREAUTHORIZED DEBIT');
  });
});
