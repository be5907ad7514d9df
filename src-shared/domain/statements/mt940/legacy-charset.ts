/**
 * Bytes → text for SWIFT statement files. The SWIFT character set has no accents, so banks
 * write names and remittance text in whatever 8-bit code page their system uses: Windows-1252
 * in the west, Windows-1250 in central Europe, DOS code page 852 (also right for DOS-German
 * umlauts) in older Hungarian/Czech/Polish exports. A BOM, UTF-16 or valid UTF-8 is decisive;
 * otherwise the code page under which the bytes above 0x7F read as the most letters wins
 * (ties keep the earlier, more common one).
 */
import { decodeText } from '../../text/decode';

// Code page 852, bytes 0x80–0xFF (generated from the standard mapping table).
const CP852_HIGH =
  'ÇüéâäůćçłëŐőîŹÄĆÉĹĺôöĽľŚśÖÜŤťŁ×čáíóúĄąŽžĘę¬źČş«»░▒▓│┤ÁÂĚŞ╣║╗╝Żż┐└┴┬├─┼Ăă╚╔╩╦╠═╬¤đĐĎËďŇÍÎě┘┌█▄ŢŮ▀ÓßÔŃńňŠšŔÚŕŰýÝţ´\u00ad˝˛ˇ˘§÷¸°¨˙űŘř■\u00a0';

const LETTER = /\p{L}/u;

export function decodeSwiftBytes(bytes: Uint8Array): string {
  const plain = decodeText(bytes);
  if (plain.encoding !== 'windows-1252') return plain.text;
  const candidates = [plain.text, tryDecode('windows-1250', bytes), decodeCp852(bytes)];
  let best = plain.text;
  let bestScore = letterScore(bytes, plain.text);
  for (const text of candidates.slice(1)) {
    if (text === null) continue;
    const score = letterScore(bytes, text);
    if (score > bestScore) {
      best = text;
      bestScore = score;
    }
  }
  return best;
}

/** Single-byte decodings map byte i to char i: +1 for each high byte read as a letter, -1 otherwise. */
function letterScore(bytes: Uint8Array, text: string): number {
  if (text.length !== bytes.length) return -Infinity;
  let score = 0;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i]! < 0x80) continue;
    score += LETTER.test(text[i]!) ? 1 : -1;
  }
  return score;
}

/** Every CP852 character is in the BMP: map bytes to UTF-16 code units, then build the string in chunks. */
function decodeCp852(bytes: Uint8Array): string {
  const units = new Uint16Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    units[i] = b < 0x80 ? b : CP852_HIGH.charCodeAt(b - 0x80);
  }
  const parts: string[] = [];
  for (let i = 0; i < units.length; i += 8192) parts.push(String.fromCharCode(...units.subarray(i, i + 8192)));
  return parts.join('');
}

function tryDecode(label: string, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(label).decode(bytes);
  } catch (err) {
    // A runtime without this legacy decoder (small-ICU builds) just has one candidate fewer.
    if (err instanceof RangeError) return null;
    throw err;
  }
}
