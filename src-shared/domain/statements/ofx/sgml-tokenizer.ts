import { decodeEntities } from './ofx-entities';

/**
 * A forgiving tokenizer for OFX: v1 SGML (unclosed leaf tags, no newlines at all) and v2 XML.
 *
 * It knows nothing about OFX elements; it only splits markup from text. Comments, processing
 * instructions (<?xml?>, <?OFX?>) and declarations (<!DOCTYPE …>) are skipped and never
 * interpreted, so no DTD or external entity is ever loaded or expanded. Text is returned with
 * character references already expanded (see ofx-entities); CDATA is taken literally.
 * Every step moves forward, so the work is linear in the input size.
 */

export type SgmlToken =
  | { kind: 'open'; name: string; selfClosing: boolean; line: number }
  | { kind: 'close'; name: string; line: number }
  | { kind: 'text'; text: string; line: number };

const NAME_CHAR = /[A-Za-z0-9_.:-]/;
const NAME_START = /[A-Za-z_]/;

export function* tokenizeSgml(input: string): Generator<SgmlToken> {
  const lines = new LineCounter(input);
  const len = input.length;
  let i = 0;
  // Text is gathered across CDATA sections and literal '<' characters until the next tag.
  let text = '';
  let textStart = -1;

  const flushText = function* (): Generator<SgmlToken> {
    if (textStart >= 0) {
      yield { kind: 'text', text, line: lines.lineAt(textStart) };
      text = '';
      textStart = -1;
    }
  };
  const addText = (chunk: string, at: number): void => {
    if (textStart < 0) textStart = at;
    text += chunk;
  };

  while (i < len) {
    const lt = input.indexOf('<', i);
    if (lt === -1) {
      addText(decodeEntities(input.slice(i)), i);
      break;
    }
    if (lt > i) addText(decodeEntities(input.slice(i, lt)), i);
    i = lt;

    if (input.startsWith('<!--', i)) {
      i = skipPast(input, '-->', i + 4);
      continue;
    }
    if (input.startsWith('<![CDATA[', i)) {
      const end = input.indexOf(']]>', i + 9);
      const stop = end === -1 ? len : end;
      addText(input.slice(i + 9, stop), i);
      i = end === -1 ? len : end + 3;
      continue;
    }
    if (input.startsWith('<!', i)) {
      i = skipDeclaration(input, i + 2);
      continue;
    }
    if (input.startsWith('<?', i)) {
      i = skipPast(input, '?>', i + 2);
      continue;
    }

    const closing = input[i + 1] === '/';
    const nameAt = closing ? i + 2 : i + 1;
    if (nameAt >= len || !NAME_START.test(input[nameAt]!)) {
      // "A < B" inside SGML text: a '<' that cannot start a tag is part of the value.
      addText('<', i);
      i += 1;
      continue;
    }
    let nameEnd = nameAt;
    while (nameEnd < len && NAME_CHAR.test(input[nameEnd]!)) nameEnd++;
    const name = input.slice(nameAt, nameEnd).toUpperCase();
    const end = tagEnd(input, nameEnd);
    yield* flushText();
    const line = lines.lineAt(i);
    if (closing) {
      yield { kind: 'close', name, line };
    } else {
      const selfClosing = end.gt !== -1 && input[end.gt - 1] === '/';
      yield { kind: 'open', name, selfClosing, line };
    }
    i = end.next;
  }
  yield* flushText();
}

/** Where a tag's '>' is; a tag cut off by the next '<' (or the end of input) ends there. */
function tagEnd(input: string, from: number): { gt: number; next: number } {
  const gt = input.indexOf('>', from);
  const nextLt = input.indexOf('<', from);
  if (gt === -1 || (nextLt !== -1 && nextLt < gt)) {
    return { gt: -1, next: nextLt === -1 ? input.length : nextLt };
  }
  return { gt, next: gt + 1 };
}

function skipPast(input: string, marker: string, from: number): number {
  const at = input.indexOf(marker, from);
  return at === -1 ? input.length : at + marker.length;
}

/** `<!DOCTYPE OFX [ <!ENTITY …> ]>`: skip to the '>' outside any internal subset. */
function skipDeclaration(input: string, from: number): number {
  let depth = 0;
  for (let i = from; i < input.length; i++) {
    const c = input[i];
    if (c === '[') depth++;
    else if (c === ']') depth = Math.max(0, depth - 1);
    else if (c === '>' && depth === 0) return i + 1;
  }
  return input.length;
}

/** 1-based line numbers for increasing offsets. */
class LineCounter {
  private pos = 0;
  private line = 1;

  constructor(private readonly input: string) {}

  lineAt(offset: number): number {
    // Offsets only grow while tokenizing; a smaller one (never expected) restarts the count.
    if (offset < this.pos) { this.pos = 0; this.line = 1; }
    for (let i = this.pos; i < offset; i++) {
      const c = this.input.charCodeAt(i);
      // LF, CRLF (counted at its LF) and the bare CR of old Mac exports each end a line.
      if (c === 10 || (c === 13 && this.input.charCodeAt(i + 1) !== 10)) this.line++;
    }
    this.pos = offset;
    return this.line;
  }
}
