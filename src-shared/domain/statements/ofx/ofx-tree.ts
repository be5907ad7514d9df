import type { SgmlToken } from './sgml-tokenizer';

/**
 * Builds an element tree from SGML or XML OFX tokens.
 *
 * OFX v1 leaves have no end tag ("<TRNAMT>-3.77<FITID>…"), so an element is decided by what
 * follows it: text makes it a leaf, a tag makes it an aggregate. Names the spec fixes as
 * leaves or aggregates are trusted over that guess, which keeps empty leaves ("<MEMO><NAME>x")
 * and stray text inside aggregates from reshaping the tree. End tags close the nearest open
 * element of that name and implicitly close what is above it; unmatched end tags are ignored.
 */

export interface OfxElement {
  name: string;
  /** Text of a leaf (entities expanded, trimmed); null for aggregates. */
  value: string | null;
  children: OfxElement[];
  /** 1-based line of the start tag. */
  line: number;
}

/** Deeper nesting than any OFX message needs; past it every tag is taken as a leaf. */
const MAX_DEPTH = 48;

/** Aggregates of the banking and credit-card messages (OFX 1.6 / 2.2, chapters 2, 5, 11). */
const AGGREGATES = new Set([
  'OFX', 'SIGNONMSGSRSV1', 'SIGNONMSGSRSV2', 'SONRS', 'STATUS', 'FI',
  'BANKMSGSRSV1', 'BANKMSGSRSV2', 'CREDITCARDMSGSRSV1', 'CREDITCARDMSGSRSV2',
  'INVSTMTMSGSRSV1', 'INVSTMTMSGSRSV2',
  'STMTTRNRS', 'CCSTMTTRNRS', 'INVSTMTTRNRS', 'STMTRS', 'CCSTMTRS', 'INVSTMTRS',
  'BANKACCTFROM', 'BANKACCTTO', 'CCACCTFROM', 'CCACCTTO', 'INVACCTFROM',
  'BANKTRANLIST', 'BANKTRANLISTP', 'STMTTRN', 'STMTTRNP', 'LEDGERBAL', 'AVAILBAL',
  'PAYEE', 'CURRENCY', 'ORIGCURRENCY', 'INVTRANLIST', 'INVBANKTRAN', 'INVBAL',
  'BALLIST', 'BAL', 'IMAGEDATA',
]);

/** Leaves of the same messages; an empty one must not swallow the elements after it. */
const LEAVES = new Set([
  'CODE', 'SEVERITY', 'MESSAGE', 'DTSERVER', 'USERKEY', 'TSKEYEXPIRE', 'LANGUAGE',
  'DTPROFUP', 'DTACCTUP', 'ORG', 'FID', 'SESSCOOKIE', 'ACCESSKEY', 'TRNUID', 'CLTCOOKIE',
  'CURDEF', 'CURRATE', 'CURSYM', 'BANKID', 'BRANCHID', 'ACCTID', 'ACCTTYPE', 'ACCTKEY',
  'BROKERID', 'DTSTART', 'DTEND', 'TRNTYPE', 'DTPOSTED', 'DTUSER', 'DTAVAIL', 'TRNAMT',
  'FITID', 'CORRECTFITID', 'CORRECTACTION', 'SRVRTID', 'CHECKNUM', 'REFNUM', 'SIC',
  'PAYEEID', 'NAME', 'EXTDNAME', 'MEMO', 'INV401KSOURCE', 'SUBACCTFUND', 'BALAMT', 'DTASOF',
  'ADDR1', 'ADDR2', 'ADDR3', 'CITY', 'STATE', 'POSTALCODE', 'COUNTRY', 'PHONE',
  'MKTGINFO', 'INTU.BID', 'INTU.USERID',
  // Not in the spec, but sent by some banks inside STMTTRN.
  'VALUEDATE', 'ACCTBAL',
]);

export function buildOfxTree(tokens: Iterable<SgmlToken>): OfxElement {
  const root: OfxElement = { name: '#document', value: null, children: [], line: 1 };
  const stack: OfxElement[] = [root];
  // A leaf that was just given its value (or just opened, for known leaves and past
  // MAX_DEPTH): its own end tag or its text may still follow.
  let leaf: OfxElement | null = null;

  for (const token of tokens) {
    const top = stack[stack.length - 1]!;
    switch (token.kind) {
      case 'text': {
        const text = token.text.trim();
        if (text === '') break;
        if (leaf && leaf.value === '') {
          leaf.value = text;
        } else if (!leaf && top !== root && top.value === null && top.children.length === 0 && !AGGREGATES.has(top.name)) {
          top.value = text;
          stack.pop();
          leaf = top;
        }
        // Otherwise: stray text between elements, which OFX never uses; dropped.
        break;
      }
      case 'open': {
        leaf = null;
        // No OFX element contains itself: "<STMTTRN>…<STMTTRN>" means the first one ended.
        if (top !== root && top.name === token.name) closeTo(stack, stack.length - 1);
        const parent = stack[stack.length - 1]!;
        const el: OfxElement = { name: token.name, value: null, children: [], line: token.line };
        parent.children.push(el);
        if (token.selfClosing) {
          el.value = AGGREGATES.has(el.name) ? null : '';
        } else if (LEAVES.has(el.name) || stack.length >= MAX_DEPTH) {
          el.value = '';
          leaf = el;
        } else {
          stack.push(el);
        }
        break;
      }
      case 'close': {
        const justClosedLeaf = leaf !== null && leaf.name === token.name;
        leaf = null;
        if (justClosedLeaf) break;
        for (let k = stack.length - 1; k > 0; k--) {
          if (stack[k]!.name === token.name) {
            closeTo(stack, k);
            break;
          }
        }
        break;
      }
      default: {
        const never: never = token;
        throw new Error(`unknown token ${String(never)}`);
      }
    }
  }
  closeTo(stack, 1);
  return root;
}

/**
 * Pops stack[k] and everything above it. An element popped without having been given text or
 * children-by-name certainty (not a known aggregate) was an empty SGML leaf whose following
 * siblings were mistaken for its children: those are handed back to its parent.
 */
function closeTo(stack: OfxElement[], k: number): void {
  while (stack.length > k) {
    const el = stack.pop()!;
    const explicitTarget = stack.length === k;
    if (explicitTarget || AGGREGATES.has(el.name) || el.children.length === 0) {
      if (el.children.length === 0 && el.value === null && !AGGREGATES.has(el.name)) el.value = '';
      continue;
    }
    const parent = stack[stack.length - 1]!;
    // A loop, not push(...children): a hostile file can give one element millions of children.
    for (const c of el.children) parent.children.push(c);
    el.children = [];
    el.value = '';
  }
}

/** First direct child with this name. */
export function child(el: OfxElement | undefined, name: string): OfxElement | undefined {
  return el?.children.find((c) => c.name === name);
}

/** Trimmed text of a direct child leaf; '' when absent. */
export function childText(el: OfxElement | undefined, name: string): string {
  return child(el, name)?.value ?? '';
}

/** Every descendant with one of these names, in document order, not looking inside matches. */
export function findAll(root: OfxElement, names: ReadonlySet<string>): OfxElement[] {
  const out: OfxElement[] = [];
  // Iterative walk: a deeply nested hostile file must not exhaust the call stack.
  const todo: OfxElement[] = [root];
  while (todo.length) {
    const el = todo.pop()!;
    if (el !== root && names.has(el.name)) { out.push(el); continue; }
    for (let i = el.children.length - 1; i >= 0; i--) todo.push(el.children[i]!);
  }
  return out;
}
