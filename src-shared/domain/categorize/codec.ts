/**
 * Typed arrays as base64 text, so a trained model is plain JSON (stored in the ledger's models
 * table, posted between processes) without a number-per-weight blow-up. Little-endian, as
 * every platform FinGood runs on.
 */

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const LOOKUP = new Uint8Array(128);
for (let i = 0; i < ALPHABET.length; i++) LOOKUP[ALPHABET.charCodeAt(i)] = i;

export function encodeFloat32(a: Float32Array): string {
  return encodeBytes(new Uint8Array(a.buffer, a.byteOffset, a.byteLength));
}

export function decodeFloat32(s: string): Float32Array {
  const bytes = decodeBytes(s);
  return new Float32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 4);
}

export function encodeInt32(a: Int32Array): string {
  return encodeBytes(new Uint8Array(a.buffer, a.byteOffset, a.byteLength));
}

export function decodeInt32(s: string): Int32Array {
  const bytes = decodeBytes(s);
  return new Int32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 4);
}

export function encodeBytes(bytes: Uint8Array): string {
  const parts: string[] = [];
  const CHUNK = 3 * 4096;
  for (let start = 0; start < bytes.length; start += CHUNK) {
    const end = Math.min(bytes.length, start + CHUNK);
    let s = '';
    for (let i = start; i < end; i += 3) {
      const b0 = bytes[i]!;
      const b1 = i + 1 < end ? bytes[i + 1]! : 0;
      const b2 = i + 2 < end ? bytes[i + 2]! : 0;
      s += ALPHABET[b0 >> 2]! + ALPHABET[((b0 & 3) << 4) | (b1 >> 4)]!;
      s += i + 1 < end ? ALPHABET[((b1 & 15) << 2) | (b2 >> 6)]! : '=';
      s += i + 2 < end ? ALPHABET[b2 & 63]! : '=';
    }
    parts.push(s);
  }
  return parts.join('');
}

export function decodeBytes(s: string): Uint8Array {
  const pad = s.endsWith('==') ? 2 : s.endsWith('=') ? 1 : 0;
  const out = new Uint8Array((s.length / 4) * 3 - pad);
  let o = 0;
  for (let i = 0; i < s.length; i += 4) {
    const n = (LOOKUP[s.charCodeAt(i)]! << 18) | (LOOKUP[s.charCodeAt(i + 1)]! << 12) |
      (LOOKUP[s.charCodeAt(i + 2)]! << 6) | LOOKUP[s.charCodeAt(i + 3)]!;
    if (o < out.length) out[o++] = (n >> 16) & 255;
    if (o < out.length) out[o++] = (n >> 8) & 255;
    if (o < out.length) out[o++] = n & 255;
  }
  return out;
}
