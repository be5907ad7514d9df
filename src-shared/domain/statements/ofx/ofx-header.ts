import { decodeText } from '../../text/decode';

/**
 * The part of an OFX file before the <OFX> element.
 *
 * v1 (SGML) starts with "KEY:VALUE" lines (OFXHEADER:100, DATA:OFXSGML, ENCODING, CHARSET…),
 * sometimes without newlines between them, sometimes missing entirely. v2 (XML) carries the
 * same facts in <?xml encoding="…"?> and <?OFX OFXHEADER="200" VERSION="220" …?>.
 * The header is ASCII in every encoding OFX allows, so it is read before the body is decoded.
 */

export interface OfxHeader {
  /** "102", "151", "211", "220"…; null when the file has no header. */
  version: string | null;
  /** Upper-cased header fields as written (v1 lines and v2 <?OFX?> attributes). */
  fields: Readonly<Record<string, string>>;
  /** The charset to hand to decodeText, or null when the header does not say. */
  declaredCharset: string | null;
}

const HEADER_BYTES = 4096;

export function readOfxHeader(bytes: Uint8Array): OfxHeader {
  const head = decodeText(bytes.subarray(0, HEADER_BYTES)).text;
  const fields: Record<string, string> = {};
  const firstTag = head.search(/<(?![?!])/);
  const preamble = firstTag === -1 ? head : head.slice(0, firstTag);

  // v1 "KEY:VALUE" pairs; stop at whitespace so a header on one line still splits.
  for (const m of preamble.replace(/<\?[\s\S]*?\?>/g, ' ').matchAll(/([A-Za-z]+)[ \t]*:[ \t]*([^\s<]*)/g)) {
    fields[m[1]!.toUpperCase()] = m[2]!;
  }
  // v2 processing instructions: attributes of <?OFX …?> and the XML encoding.
  let xmlEncoding: string | null = null;
  for (const pi of preamble.matchAll(/<\?([A-Za-z]+)([\s\S]*?)\?>/g)) {
    const target = pi[1]!.toUpperCase();
    for (const attr of pi[2]!.matchAll(/([A-Za-z]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
      const key = attr[1]!.toUpperCase();
      const value = attr[2] ?? attr[3] ?? '';
      if (target === 'OFX') fields[key] = value;
      else if (target === 'XML' && key === 'ENCODING') xmlEncoding = value;
    }
  }

  return {
    version: fields.VERSION ?? null,
    fields,
    declaredCharset: xmlEncoding ?? charsetOfV1(fields.ENCODING, fields.CHARSET),
  };
}

/**
 * OFX 1.x: ENCODING:UNICODE or UTF-8 means UTF-8 whatever CHARSET says; with USASCII, CHARSET
 * names a code page (1252, ISO-8859-1, 8859-1), all of which decodeText reads as Windows-1252.
 */
function charsetOfV1(encoding: string | undefined, charset: string | undefined): string | null {
  const enc = (encoding ?? '').toUpperCase().replace(/[^A-Z0-9]/g, '');
  if (enc === 'UNICODE' || enc === 'UTF8') return 'utf-8';
  const cs = (charset ?? '').toUpperCase().replace(/[^A-Z0-9]/g, '');
  if (cs === '' || cs === 'NONE') return null;
  if (cs === 'UTF8') return 'utf-8';
  if (/^(?:1252|CP1252|WINDOWS1252|ISO88591|88591|LATIN1)$/.test(cs)) return 'windows-1252';
  return charset ?? null;
}

/** Intuit's QFX adds INTU.* elements to the sign-on (Quicken's bank id and user id). */
export function hasIntuitMarkers(text: string): boolean {
  return /<INTU\.[A-Z]+>/i.test(text);
}
