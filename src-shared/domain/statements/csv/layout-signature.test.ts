import { describe, expect, it } from 'vitest';
import { hash64, layoutSignature } from './layout-signature';
import { detectTableLayout } from './table-layout';

const layoutOf = (text: string) => detectTableLayout(text.trim().split('\n').map((l) => l.split(',')))!;

describe('layoutSignature', () => {
  it('depends on the header words only, case and spacing aside', () => {
    const a = layoutSignature('csv', ',', layoutOf('Date,Description,Amount\n2024-01-01,a,1.00'));
    const b = layoutSignature('csv', ',', layoutOf('DATE , description,Amount\n2025-06-30,zzz,-9.00\n2025-07-01,y,2.00'));
    expect(a).toBe(b);
    expect(layoutSignature('csv', ';', layoutOf('Date,Description,Amount\n2024-01-01,a,1.00'))).not.toBe(a);
    expect(layoutSignature('csv', ',', layoutOf('Date,Payee,Amount\n2024-01-01,a,1.00'))).not.toBe(a);
  });

  it('names header-less layouts by width and roles', () => {
    const s = layoutSignature('csv', ',', layoutOf('2024-01-01,a,1.00\n2024-01-02,b,2.00'));
    expect(s).toMatch(/^csv\/comma\/columns:3:[0-9a-f]{16}$/);
    expect(layoutSignature('csv', ',', layoutOf('2023-05-01,zz,-5.00\n2023-05-02,y,3.00'))).toBe(s);
  });
});

describe('hash64', () => {
  it('is stable and spreads', () => {
    expect(hash64('date|amount')).toBe(hash64('date|amount'));
    expect(hash64('date|amount')).not.toBe(hash64('date|amounts'));
    expect(hash64('')).toMatch(/^[0-9a-f]{16}$/);
  });
});
