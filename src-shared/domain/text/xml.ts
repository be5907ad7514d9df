/**
 * A small, safe XML reader for bank files (CAMT). Pure TypeScript: no DOM, no node:*.
 *
 * Safety (DESIGN §7, "XML parsed without DTDs or entity expansion"):
 * - a <!DOCTYPE …> (internal subset included) is skipped and never interpreted, so no entity
 *   definition is honoured and nothing external is ever read: XXE and "billion laughs" have
 *   nothing to expand;
 * - only the five predefined entities and numeric character references are decoded; any other
 *   `&name;` stays in the text literally;
 * - nesting depth, attributes per element, name length and the elements held in memory are
 *   bounded; attributes live in prototype-free objects (`__proto__` is just an attribute).
 *
 * Namespaces are handled by local name: `<camt:Ntry>` and `<Ntry>` are both `name === 'Ntry'`;
 * the prefixed name and the xmlns declarations stay available for callers that care.
 *
 * Large files: `onClose` sees every element as it closes and may detach it from its parent,
 * so a 50 MB statement can be processed entry by entry without keeping the whole tree.
 */

export interface XmlElement {
  /** Local name (prefix stripped). */
  name: string;
  /** Name as written, with its prefix. */
  qname: string;
  /** Attributes by the name as written (xmlns declarations included); no prototype. */
  attrs: Record<string, string>;
  /** Child elements that have closed and were not detached, in document order. */
  children: XmlElement[];
  /** Character data directly inside the element (text and CDATA); whitespace-only runs are dropped. */
  text: string;
  /** 1-based line of the start tag. */
  line: number;
}

export interface XmlLimits {
  maxDepth: number;
  maxAttributes: number;
  maxNameLength: number;
  /** Elements held in memory at once (detached ones no longer count): bounds a file of millions of empty tags. */
  maxRetainedElements: number;
}

export const DEFAULT_XML_LIMITS: XmlLimits = { maxDepth: 256, maxAttributes: 256, maxNameLength: 1024, maxRetainedElements: 2_000_000 };

export interface XmlReadOptions {
  limits?: Partial<XmlLimits>;
  /**
   * Called when an element closes, with its still-open ancestors (root first). Returning true
   * detaches the element: it is not added to its parent's children.
   */
  onClose?: (el: XmlElement, ancestors: readonly XmlElement[]) => boolean | void;
}

/** The document is not well-formed (or breaks a limit); `line` is where reading stopped. */
export class XmlError extends Error {
  constructor(message: string, readonly line: number) {
    super(`${message} (line ${line})`);
    this.name = 'XmlError';
  }
}

const PREDEFINED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
const ENTITY = /&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|[A-Za-z_][A-Za-z0-9._-]{0,63});/g;

/** Decodes the predefined entities and character references; anything else stays as written. */
export function decodeEntities(s: string): string {
  if (s.indexOf('&') === -1) return s;
  return s.replace(ENTITY, (whole, body: string) => {
    if (body.charCodeAt(0) === 35 /* # */) {
      const cp = body.charCodeAt(1) === 120 /* x */ ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      const valid = cp > 0 && cp <= 0x10ffff && !(cp >= 0xd800 && cp <= 0xdfff);
      return valid ? String.fromCodePoint(cp) : '\uFFFD';
    }
    return PREDEFINED[body] ?? whole;
  });
}

/** Reads a whole document and returns its root element. Throws XmlError when not well-formed. */
export function readXml(text: string, opts: XmlReadOptions = {}): XmlElement {
  return new Reader(text, { ...DEFAULT_XML_LIMITS, ...opts.limits }, opts.onClose).read();
}

class Reader {
  private pos = 0;
  private line = 1;
  private lineScan = 0;
  private readonly stack: XmlElement[] = [];
  /** Per open element, how many retained elements its subtree holds so far. */
  private readonly subtree: number[] = [];
  private retained = 0;
  private root: XmlElement | null = null;
  private rootClosed = false;

  constructor(
    private readonly s: string,
    private readonly limits: XmlLimits,
    private readonly onClose?: XmlReadOptions['onClose'],
  ) {}

  read(): XmlElement {
    const s = this.s;
    const n = s.length;
    while (this.pos < n) {
      const lt = s.indexOf('<', this.pos);
      const end = lt === -1 ? n : lt;
      // Indentation between tags is most of the text in a statement: skip it without slicing.
      if (end > this.pos && !isBlank(s, this.pos, end)) this.addText(s.slice(this.pos, end), true);
      if (lt === -1) break;
      this.pos = lt;
      const c = s.charCodeAt(lt + 1);
      if (c === 47 /* / */) this.closeTag();
      else if (c === 33 /* ! */) this.bang();
      else if (c === 63 /* ? */) this.pos = this.find('?>', lt + 2, 'processing instruction') + 2;
      else if (isNameStart(c)) this.openTag();
      else {
        // A stray '<' (not a tag): banks' XML sometimes carries it unescaped in text.
        this.addText('<', false);
        this.pos = lt + 1;
      }
    }
    const open = this.stack[this.stack.length - 1];
    if (open) throw this.error(`The document ends before </${open.qname}>`);
    if (!this.root) throw this.error('The document has no root element');
    return this.root;
  }

  private addText(raw: string, decode: boolean): void {
    const top = this.stack[this.stack.length - 1];
    if (!top) {
      // Outside the root only whitespace may appear; after it, trailing junk (NUL padding,
      // ^Z) is ignored so a complete document is not refused for it.
      if (!this.rootClosed && /\S/.test(raw)) throw this.error('Text before the root element');
      return;
    }
    let t = decode ? decodeEntities(raw) : raw;
    if (t.indexOf('\r') !== -1) t = t.replace(/\r\n?/g, '\n');
    top.text += t;
  }

  private bang(): void {
    const s = this.s;
    const at = this.pos;
    if (s.startsWith('<!--', at)) {
      this.pos = this.find('-->', at + 4, 'comment') + 3;
    } else if (s.startsWith('<![CDATA[', at)) {
      const end = this.find(']]>', at + 9, 'CDATA section');
      if (!this.stack.length) throw this.error('CDATA outside the root element');
      this.addText(s.slice(at + 9, end), false);
      this.pos = end + 3;
    } else if (s.startsWith('<!DOCTYPE', at)) {
      if (this.root) throw this.error('A DOCTYPE may only appear before the root element');
      this.pos = this.skipDoctype(at + 9);
    } else {
      throw this.error('Unexpected markup declaration');
    }
  }

  /** Skips the DOCTYPE and its internal subset without interpreting a single declaration. */
  private skipDoctype(from: number): number {
    const s = this.s;
    let i = from;
    let subset = 0;
    while (i < s.length) {
      const c = s.charCodeAt(i);
      if (c === 34 || c === 39) { // quoted literal: may contain '>' or brackets
        const close = s.indexOf(c === 34 ? '"' : "'", i + 1);
        if (close === -1) break;
        i = close + 1;
        continue;
      }
      if (subset > 0 && c === 60 && s.startsWith('<!--', i)) {
        i = this.find('-->', i + 4, 'comment') + 3;
        continue;
      }
      if (c === 91 /* [ */) subset++;
      else if (c === 93 /* ] */) subset = Math.max(0, subset - 1);
      else if (c === 62 /* > */ && subset === 0) return i + 1;
      i++;
    }
    this.pos = s.length;
    throw this.error('The DOCTYPE declaration is not closed');
  }

  private openTag(): void {
    const s = this.s;
    const start = this.pos;
    const line = this.lineAt(start);
    let i = start + 1;
    const nameEnd = this.scanName(i);
    const qname = s.slice(i, nameEnd);
    i = nameEnd;
    let attrs = NO_ATTRIBUTES;
    let count = 0;
    let selfClosing = false;
    for (;;) {
      i = skipSpace(s, i);
      const c = s.charCodeAt(i);
      if (c === 62 /* > */) { i++; break; }
      if (c === 47 /* / */ && s.charCodeAt(i + 1) === 62) { i += 2; selfClosing = true; break; }
      if (Number.isNaN(c)) { this.pos = i; throw this.error(`The start tag <${qname}> is not closed`); }
      if (!isNameStart(c)) { this.pos = i; throw this.error(`Unexpected character in <${qname}>`); }
      const attrEnd = this.scanName(i);
      const attrName = s.slice(i, attrEnd);
      i = skipSpace(s, attrEnd);
      if (s.charCodeAt(i) !== 61 /* = */) { this.pos = i; throw this.error(`Attribute ${attrName} has no value`); }
      i = skipSpace(s, i + 1);
      const quote = s.charCodeAt(i);
      if (quote !== 34 && quote !== 39) { this.pos = i; throw this.error(`Attribute ${attrName} is not quoted`); }
      const close = s.indexOf(quote === 34 ? '"' : "'", i + 1);
      if (close === -1) { this.pos = i; throw this.error(`Attribute ${attrName} is not closed`); }
      if (++count > this.limits.maxAttributes) { this.pos = i; throw this.error(`<${qname}> has too many attributes`); }
      if (attrs === NO_ATTRIBUTES) attrs = Object.create(null) as Record<string, string>;
      attrs[attrName] = decodeEntities(s.slice(i + 1, close));
      i = close + 1;
    }
    this.pos = i;
    if (this.rootClosed && this.stack.length === 0) throw this.error('A second root element');
    const colon = qname.indexOf(':');
    const el: XmlElement = {
      name: colon === -1 ? qname : qname.slice(colon + 1),
      qname, attrs, children: [], text: '', line,
    };
    if (!this.root) this.root = el;
    if (++this.retained > this.limits.maxRetainedElements) throw this.error('The document has too many elements');
    if (selfClosing) {
      this.finish(el, 0);
      return;
    }
    if (this.stack.length >= this.limits.maxDepth) throw this.error(`Elements are nested deeper than ${this.limits.maxDepth} levels`);
    this.stack.push(el);
    this.subtree.push(0);
  }

  private closeTag(): void {
    const s = this.s;
    const nameStart = this.pos + 2;
    const nameEnd = this.scanName(nameStart);
    const qname = s.slice(nameStart, nameEnd);
    const i = skipSpace(s, nameEnd);
    if (s.charCodeAt(i) !== 62) throw this.error(`The end tag </${qname}> is not closed`);
    const el = this.stack.pop();
    if (!el) throw this.error(`</${qname}> closes nothing`);
    if (el.qname !== qname) throw this.error(`Expected </${el.qname}> but found </${qname}>`);
    this.pos = i + 1;
    this.finish(el, this.subtree.pop()!);
  }

  /** `descendants`: retained elements below `el`, released with it when it is detached. */
  private finish(el: XmlElement, descendants: number): void {
    const detached = this.onClose?.(el, this.stack) === true;
    const depth = this.stack.length;
    if (depth === 0) {
      this.rootClosed = true;
    } else if (detached) {
      this.retained -= descendants + 1;
    } else {
      this.stack[depth - 1]!.children.push(el);
      this.subtree[depth - 1]! += descendants + 1;
    }
  }

  private scanName(from: number): number {
    const s = this.s;
    let i = from;
    while (i < s.length && isNameChar(s.charCodeAt(i))) i++;
    if (i === from) { this.pos = from; throw this.error('Expected a name'); }
    if (i - from > this.limits.maxNameLength) { this.pos = from; throw this.error('A name is too long'); }
    return i;
  }

  private find(token: string, from: number, what: string): number {
    const at = this.s.indexOf(token, from);
    if (at === -1) throw this.error(`The ${what} is not closed`);
    return at;
  }

  /** Line of an offset; offsets only grow while reading, so counting is linear overall. */
  private lineAt(offset: number): number {
    const s = this.s;
    for (;;) {
      const nl = s.indexOf('\n', this.lineScan);
      if (nl === -1 || nl >= offset) return this.line;
      this.line++;
      this.lineScan = nl + 1;
    }
  }

  private error(message: string): XmlError {
    return new XmlError(message, this.lineAt(Math.max(this.pos, this.lineScan)));
  }
}

// Shared by every element without attributes (most of them); frozen so no caller can write to it.
const NO_ATTRIBUTES: Record<string, string> = Object.freeze(Object.create(null) as Record<string, string>);

function isBlank(s: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c !== 32 && c !== 10 && c !== 9 && c !== 13) return false;
  }
  return true;
}

function skipSpace(s: string, i: number): number {
  for (;;) {
    const c = s.charCodeAt(i);
    if (c === 32 || c === 10 || c === 9 || c === 13) i++;
    else return i;
  }
}

function isNameStart(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 58 || c >= 0xc0;
}

function isNameChar(c: number): boolean {
  return isNameStart(c) || (c >= 48 && c <= 57) || c === 45 || c === 46 || c === 0xb7;
}

/* ---------- Reading the tree ---------- */

/** The first descendant along a path of local names, e.g. child(ntry, 'BookgDt', 'Dt'). */
export function child(el: XmlElement | null | undefined, ...path: string[]): XmlElement | undefined {
  let cur: XmlElement | undefined = el ?? undefined;
  for (const name of path) {
    if (!cur) return undefined;
    cur = cur.children.find((c) => c.name === name);
  }
  return cur;
}

/** Every child with this local name. */
export function childrenNamed(el: XmlElement | null | undefined, name: string): XmlElement[] {
  return el ? el.children.filter((c) => c.name === name) : [];
}

/** Trimmed text at a path, or null when the element is missing or empty. */
export function textAt(el: XmlElement | null | undefined, ...path: string[]): string | null {
  const t = child(el, ...path)?.text.trim();
  return t ? t : null;
}

/** An attribute by local name (`Ccy` matches `Ccy` and `x:Ccy`). */
export function attr(el: XmlElement | null | undefined, localName: string): string | undefined {
  if (!el) return undefined;
  const direct = el.attrs[localName];
  if (direct !== undefined) return direct;
  for (const key in el.attrs) {
    if (key.endsWith(`:${localName}`)) return el.attrs[key];
  }
  return undefined;
}
