import { describe, expect, it } from 'vitest';
import { decodeSwiftBytes } from './legacy-charset';

const bytes = (...parts: Array<string | number[]>) =>
  Uint8Array.from(parts.flatMap((p) => (typeof p === 'string' ? [...p].map((c) => c.charCodeAt(0)) : p)));

describe('decodeSwiftBytes', () => {
  it('takes valid UTF-8 as is', () => {
    expect(decodeSwiftBytes(new TextEncoder().encode(':86:Überweisung Müller'))).toBe(':86:Überweisung Müller');
  });

  it('reads German Windows-1252 text', () => {
    expect(decodeSwiftBytes(bytes(':86:', [0xdc], 'berweisung M', [0xfc], 'ller Stra', [0xdf], 'e'))).toBe(':86:Überweisung Müller Straße');
  });

  it('reads Hungarian text exported in DOS code page 852', () => {
    // "összevont utánvét" and "jóváírása" in CP852
    expect(decodeSwiftBytes(bytes(':86:', [0x94], 'sszevont ut', [0xa0], 'nv', [0x82], 't j', [0xa2], 'v', [0xa0], [0xa1], 'r', [0xa0], 'sa')))
      .toBe(':86:összevont utánvét jóváírása');
  });

  it('reads Polish text exported in Windows-1250', () => {
    // "Opłata za przelew, zwrot należności" with ł = 0xB3, ż = 0xBF, ś = 0x9C
    expect(decodeSwiftBytes(bytes(':86:Op', [0xb3], 'ata za przelew nale', [0xbf], 'no', [0x9c], 'ci'))).toBe(':86:Opłata za przelew należności');
  });
});
