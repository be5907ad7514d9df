/**
 * SWIFT MT940/MT942 text → fields (`:TAG:` + content lines), with the file's line numbers.
 * Tolerates what bank exports really contain: SWIFT envelopes ({1:…}{2:…}{4: … -}), header
 * lines before the first field (ABNANL2A / 940 / 0000 01INGB…), "-" message separators, blank
 * lines, CR/LF mixes, a tag broken across a wrap (":" + "86:…") and binary garbage.
 */
import type { RowError } from '../types';

export interface SwiftField {
  /** "20", "25", "28C", "60F", "61", "86", "NS", … */
  tag: string;
  /** The content after the tag, then each continuation line (control characters removed). */
  lines: string[];
  /** 1-based line of the tag in the file. */
  line: number;
}

/**
 * Tags of MT940/MT942 (and the German ":NS:" non-SWIFT field). A line that looks like a tag but
 * is not one of these (":12:11" inside a wrapped ISO time stamp) continues the previous field.
 */
const KNOWN_TAGS = new Set([
  '13', '13D', '20', '21', '25', '25P', '28', '28C', '34F', '60', '60F', '60M', '61',
  '62', '62F', '62M', '64', '65', '86', '90C', '90D', 'NS',
]);
const TAG_LINE = /^:(\d{2}[A-Z]?|NS):(.*)$/;
const ENVELOPE_BLOCK = /^\{[1235]:(?:[^{}]|\{[^{}]*\})*\}/;
// SOH/ETX frame SWIFT messages (mBank opens each block with SOH) and ^Z ends DOS files: they
// are framing, removed silently. Other control characters (tab, CR, LF excepted) and C1 codes
// never occur in statement text: they are removed and reported.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const FRAMING = /[\u0001\u0003\u001A]/g;
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const GARBAGE = /[\u0000\u0002\u0004-\u0008\u000B\u000C\u000E-\u0019\u001B-\u001F\u007F-\u009F]/;
const ALL_GARBAGE = new RegExp(GARBAGE.source, 'g');
const MAX_GARBAGE_REPORTS = 20;

export function splitFields(text: string): { fields: SwiftField[]; errors: RowError[] } {
  const lines = text.split(/\r\n|\r|\n/);
  const fields: SwiftField[] = [];
  const errors: RowError[] = [];
  let garbageLines = 0;
  let current: SwiftField | null = null;
  for (let i = 0; i < lines.length; i++) {
    const start = i + 1;
    let line = lines[i]!.replace(FRAMING, '');
    if (GARBAGE.test(line)) {
      if (++garbageLines <= MAX_GARBAGE_REPORTS) {
        errors.push({ line: i + 1, message: 'Unreadable (binary) characters were removed from this line.' });
      }
      line = line.replace(ALL_GARBAGE, '');
    }
    line = stripEnvelope(line);
    // "-" (or "-}") ends a message: what follows until the next tag is envelope or header.
    if (line === '-' || line.startsWith('-}')) {
      current = null;
      continue;
    }
    // A tag cut by a line wrap: ":" alone, the rest of the tag on the next line.
    if (line === ':' && i + 1 < lines.length && /^(\d{2}[A-Z]?|NS):/.test(lines[i + 1]!)) {
      line = `:${lines[++i]!}`;
    }
    const tag = TAG_LINE.exec(line);
    if (tag && KNOWN_TAGS.has(tag[1]!)) {
      current = { tag: tag[1]!, lines: [tag[2]!], line: start };
      fields.push(current);
    } else if (current && line.trim() !== '') {
      current.lines.push(line);
    }
  }
  if (garbageLines > MAX_GARBAGE_REPORTS) {
    errors.push({ line: null, message: `${garbageLines - MAX_GARBAGE_REPORTS} more lines had unreadable characters removed.` });
  }
  return { fields, errors };
}

/** Removes SWIFT basic/application/user/trailer header blocks and the "{4:" text-block opener. */
function stripEnvelope(line: string): string {
  let rest = line;
  for (;;) {
    const block = ENVELOPE_BLOCK.exec(rest);
    if (!block) break;
    rest = rest.slice(block[0].length);
  }
  if (rest.startsWith('{4:')) rest = rest.slice(3);
  return rest === line ? line : rest.trimStart();
}
