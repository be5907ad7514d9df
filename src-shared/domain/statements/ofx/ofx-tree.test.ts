import { describe, expect, it } from 'vitest';
import { buildOfxTree, child, childText, findAll, type OfxElement } from './ofx-tree';
import { tokenizeSgml } from './sgml-tokenizer';

const tree = (s: string): OfxElement => buildOfxTree(tokenizeSgml(s));
/** Compact picture of a tree: leaves as NAME=value, aggregates as NAME(children). */
const show = (el: OfxElement): string =>
  el.value !== null ? `${el.name}=${el.value}` : `${el.name}(${el.children.map(show).join(',')})`;

describe('buildOfxTree', () => {
  it('closes SGML leaves at the next tag', () => {
    const root = tree('<STMTTRN><TRNTYPE>DEBIT<TRNAMT>-1.00<FITID>9</STMTTRN>');
    expect(show(root.children[0]!)).toBe('STMTTRN(TRNTYPE=DEBIT,TRNAMT=-1.00,FITID=9)');
  });

  it('reads XML with closed leaves the same way', () => {
    const root = tree('<STMTTRN>\n <TRNTYPE>DEBIT</TRNTYPE>\n <TRNAMT>-1.00</TRNAMT>\n</STMTTRN>');
    expect(show(root.children[0]!)).toBe('STMTTRN(TRNTYPE=DEBIT,TRNAMT=-1.00)');
  });

  it('handles mixed closed and unclosed leaves', () => {
    const root = tree('<STMTTRN><TRNAMT>-1.00</TRNAMT><NAME>A<MEMO>B</MEMO></STMTTRN>');
    expect(show(root.children[0]!)).toBe('STMTTRN(TRNAMT=-1.00,NAME=A,MEMO=B)');
  });

  it('does not let an empty known leaf swallow its siblings', () => {
    const root = tree('<STMTTRN><MEMO><NAME>Shop<TRNAMT>2</STMTTRN>');
    expect(show(root.children[0]!)).toBe('STMTTRN(MEMO=,NAME=Shop,TRNAMT=2)');
  });

  it('hands the children of an empty unknown element back to its parent', () => {
    const root = tree('<STMTTRN><X.CUSTOM><NAME>Shop</STMTTRN>');
    expect(show(root.children[0]!)).toBe('STMTTRN(X.CUSTOM=,NAME=Shop)');
  });

  it('keeps unknown aggregates that are closed explicitly', () => {
    const root = tree('<STMTTRN><X.EXTRA><A>1<B>2</X.EXTRA><NAME>n</STMTTRN>');
    expect(show(root.children[0]!)).toBe('STMTTRN(X.EXTRA(A=1,B=2),NAME=n)');
  });

  it('ends an unclosed STMTTRN when the next one starts', () => {
    const root = tree('<BANKTRANLIST><STMTTRN><FITID>1<STMTTRN><FITID>2</BANKTRANLIST>');
    expect(show(root.children[0]!)).toBe('BANKTRANLIST(STMTTRN(FITID=1),STMTTRN(FITID=2))');
  });

  it('ignores stray end tags and text between aggregates', () => {
    const root = tree('<OFX>junk</NOPE><STMTRS><CURDEF>USD</CURDEF></FOO></STMTRS></OFX>');
    expect(show(root.children[0]!)).toBe('OFX(STMTRS(CURDEF=USD))');
  });

  it('closes everything still open at the end of a truncated file', () => {
    const root = tree('<OFX><STMTRS><BANKTRANLIST><STMTTRN><TRNAMT>5');
    expect(findAll(root, new Set(['STMTTRN'])).map(show)).toEqual(['STMTTRN(TRNAMT=5)']);
  });

  it('bounds nesting depth, so hostile input cannot build a deep tree', () => {
    const root = tree('<A>'.repeat(10_000) + 'x');
    let depth = 0;
    for (let el: OfxElement | undefined = root; el; el = el.children[0]) depth++;
    expect(depth).toBeLessThan(60);
  });
});

describe('tree helpers', () => {
  const root = tree('<STMTRS><CURDEF>EUR<BANKACCTFROM><ACCTID>1</BANKACCTFROM><BANKTRANLIST><STMTTRN><BANKACCTTO><ACCTID>2</BANKACCTTO></STMTTRN></BANKTRANLIST></STMTRS>');
  const st = root.children[0]!;

  it('child and childText look one level down only', () => {
    expect(childText(st, 'CURDEF')).toBe('EUR');
    expect(childText(st, 'ACCTID')).toBe('');
    expect(childText(child(st, 'BANKACCTFROM'), 'ACCTID')).toBe('1');
    expect(childText(undefined, 'ACCTID')).toBe('');
  });

  it('findAll returns matches in document order without entering them', () => {
    expect(findAll(root, new Set(['ACCTID', 'STMTTRN'])).map((e) => e.name)).toEqual(['ACCTID', 'STMTTRN']);
  });
});
