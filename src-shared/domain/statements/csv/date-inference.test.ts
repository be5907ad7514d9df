import { describe, expect, it } from 'vitest';
import { DateOrderEvidence, dateShare } from './date-inference';

function decide(values: string[], fallback: 'dmy' | 'mdy' = 'dmy') {
  const e = new DateOrderEvidence();
  for (const v of values) e.add(v);
  return e.decide(fallback);
}

describe('DateOrderEvidence', () => {
  it('finds D/M/Y from a single day above 12 anywhere in the column', () => {
    const values = Array.from({ length: 500 }, () => '05/01/2024');
    values.push('13/01/2024');
    expect(decide(values, 'mdy')).toBe('dmy');
  });

  it('finds M/D/Y from a second field above 12', () => {
    expect(decide(['10/31/2012', '11/01/2012', '11/05/2012'], 'dmy')).toBe('mdy');
  });

  it('is ymd when every cell is year-first', () => {
    expect(decide(['2024-01-02', '20240103'])).toBe('ymd');
  });

  it('prefers the order under which an all-ambiguous column is sorted', () => {
    // 01/02, 01/03, 01/04 ... read as M/D is Jan 2, 3, 4 (sorted); as D/M it is Feb 1, Mar 1, Apr 1 (also sorted)
    // but 02/01, 01/02, 03/01 breaks the D/M reading only.
    expect(decide(['01/05/2024', '01/06/2024', '01/08/2024', '02/01/2024', '02/03/2024'], 'dmy')).toBe('mdy');
    expect(decide(['05/01/2024', '06/01/2024', '08/01/2024', '01/02/2024', '03/02/2024'], 'mdy')).toBe('dmy');
  });

  it('prefers the shorter period when both orders are sorted', () => {
    expect(decide(['01/02/2024', '01/03/2024', '01/05/2024'], 'dmy')).toBe('mdy');
    expect(decide(['02/01/2024', '03/01/2024', '05/01/2024'], 'mdy')).toBe('dmy');
  });

  it('falls back to the file signals when the column cannot tell', () => {
    expect(decide(['02/12/2009', '02/12/2009'], 'dmy')).toBe('dmy');
    expect(decide(['02/12/2009', '02/12/2009'], 'mdy')).toBe('mdy');
  });
});

describe('dateShare', () => {
  it('counts cells that read as dates, ignoring empty ones', () => {
    expect(dateShare(['2024-01-01', '', 'x', '02.01.2024'])).toBeCloseTo(2 / 3);
    expect(dateShare(['12.34', '-5,00'])).toBe(0);
  });
});
