import { describe, expect, it } from 'vitest';
import { decodeBytes, decodeFloat32, decodeInt32, encodeBytes, encodeFloat32, encodeInt32 } from './codec';

describe('codec', () => {
  it('round-trips typed arrays through base64 of every length', () => {
    for (let n = 0; n < 20; n++) {
      const bytes = Uint8Array.from({ length: n }, (_, i) => (i * 37 + 11) & 255);
      expect(Array.from(decodeBytes(encodeBytes(bytes)))).toEqual(Array.from(bytes));
    }
    const f = Float32Array.from([0, -1.5, 3.25e-7, 1e30]);
    expect(Array.from(decodeFloat32(encodeFloat32(f)))).toEqual(Array.from(f));
    const i = Int32Array.from([0, -1, 2 ** 31 - 1, 16383]);
    expect(Array.from(decodeInt32(encodeInt32(i)))).toEqual(Array.from(i));
  });
  it('writes standard base64', () => {
    expect(encodeBytes(new TextEncoder().encode('Man'))).toBe('TWFu');
    expect(encodeBytes(new TextEncoder().encode('Ma'))).toBe('TWE=');
  });
});
