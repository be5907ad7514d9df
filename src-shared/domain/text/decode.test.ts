import { describe, expect, it } from 'vitest';
import { decodeText, detectEncoding } from './decode';

describe('decodeText', () => {
  it('strips a UTF-8 BOM', () => {
    const r = decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x41, 0x42]));
    expect(r).toEqual({ text: 'AB', encoding: 'utf-8' });
  });
  it('reads UTF-16LE with and without BOM', () => {
    const le = new Uint8Array([0x44, 0, 0x61, 0, 0x74, 0, 0x65, 0]);
    expect(decodeText(le).text).toBe('Date');
    expect(decodeText(new Uint8Array([0xff, 0xfe, ...le])).text).toBe('Date');
  });
  it('falls back to Windows-1252 for Latin-1 bytes', () => {
    const bytes = new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x20, 0x80]);
    expect(detectEncoding(bytes)).toBe('windows-1252');
    expect(decodeText(bytes).text).toBe('Café €');
  });
  it('maps Windows-1252 quotes, dashes and the trademark sign', () => {
    expect(decodeText(new Uint8Array([0x93, 0x41, 0x94, 0x20, 0x96, 0x20, 0x99, 0x20, 0xa3])).text).toBe('“A” – ™ £');
  });
  it('honors a declared single-byte charset for text that is not UTF-8', () => {
    expect(decodeText(new Uint8Array([0xb3, 0xf3, 0x64, 0xbc]), 'ISO-8859-2')).toEqual({ text: 'łódź', encoding: 'iso-8859-2' });
    expect(decodeText(new Uint8Array([0xb3, 0xf3, 0x64, 0x9f]), 'windows-1250').text).toBe('łódź');
  });
  it('keeps valid UTF-8', () => {
    expect(decodeText(new TextEncoder().encode('Zürich – ok')).text).toBe('Zürich – ok');
  });
  it('reads UTF-8 with an encoded surrogate (CESU-8 exports) as UTF-8, its other letters intact', () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('Zürich '), 0xed, 0xa0, 0xbd, 0x41]);
    const r = decodeText(bytes);
    expect(r.encoding).toBe('utf-8');
    expect(r.text.startsWith('Zürich ')).toBe(true);
    expect(r.text.endsWith('A')).toBe(true);
  });
});
