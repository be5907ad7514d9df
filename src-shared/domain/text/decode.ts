/**
 * Bytes -> text for statement files. Honors a BOM, detects UTF-16 without BOM, accepts valid
 * UTF-8, and falls back to Windows-1252 (a superset of ISO-8859-1 for printable text).
 * A charset declared by the file (OFX CHARSET, XML encoding) may be passed as `declared`.
 */
export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
}

export function detectEncoding(bytes: Uint8Array, declared?: string | null): TextEncodingName {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  const utf16 = sniffUtf16(bytes);
  if (utf16) return utf16;
  const d = declared?.toLowerCase().replace(/[^a-z0-9]/g, '') ?? '';
  if (isValidUtf8(bytes)) return 'utf-8';
  if (d === 'utf8') return 'utf-8'; // declared but broken: still decode as UTF-8 with replacement chars
  return 'windows-1252';
}

export function decodeText(bytes: Uint8Array, declared?: string | null): DecodedText {
  const encoding = detectEncoding(bytes, declared);
  // TextDecoder strips a BOM matching its own encoding.
  const text = new TextDecoder(encoding, { fatal: false }).decode(bytes);
  return { text, encoding };
}

/** Many NUL bytes at even or odd positions mean UTF-16 without BOM. */
function sniffUtf16(bytes: Uint8Array): TextEncodingName | null {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  if (oddZero > pairs * 0.4 && evenZero < pairs * 0.05) return 'utf-16le';
  if (evenZero > pairs * 0.4 && oddZero < pairs * 0.05) return 'utf-16be';
  return null;
}

export function isValidUtf8(bytes: Uint8Array): boolean {
  const len = bytes.length;
  let i = 0;
  while (i < len) {
    const b = bytes[i]!;
    if (b < 0x80) { i++; continue; }
    let need: number;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) need = 2;
    else if (b >= 0xf0 && b <= 0xf4) need = 3;
    else return false;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return false;
    }
    i += need + 1;
  }
  return true;
}
