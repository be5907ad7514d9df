import { describe, expect, it } from 'vitest';
import { qifSniff } from './qif-sniff';

describe('qifSniff', () => {
  it.each(['!Type:Bank', '!type:CCard', '\uFEFF!Type:Oth A', '\n\n!Account', '!Option:AutoSwitch', '!Clear:AutoSwitch'])('is sure for %j', (first) => {
    expect(qifSniff(`${first}\nD1/2/19\nT-1\n^`)).toEqual({ format: 'qif', score: 0.9 });
  });

  it('accepts headerless records with a lower score', () => {
    expect(qifSniff('D01/02/2019\nT-1,234.00\nPShop\n^\nD01/03/2019\nT5\n^')).toEqual({ format: 'qif', score: 0.5 });
    expect(qifSniff('D01/02/2019\nT-1.00\nPShop')?.score).toBeLessThan(0.5);
  });

  it('ignores CSV, MT940 and XML', () => {
    expect(qifSniff('Date,Text,Amount\nD,T,1\n')).toBeNull();
    expect(qifSniff(':20:STARTUMS\n:25:12345678/0001\n:61:2401020102D12,50NTRFNONREF\n')).toBeNull();
    expect(qifSniff('<?xml version="1.0"?><OFX>')).toBeNull();
    expect(qifSniff('')).toBeNull();
  });
});
