import { describe, expect, it } from 'vitest';
import { tokenizeSgml, type SgmlToken } from './sgml-tokenizer';

const tokens = (s: string): SgmlToken[] => [...tokenizeSgml(s)];
const shape = (s: string): string[] => tokens(s).map((t) =>
  t.kind === 'text' ? `"${t.text}"` : t.kind === 'open' ? `<${t.name}${t.selfClosing ? '/' : ''}>` : `</${t.name}>`);

describe('tokenizeSgml', () => {
  it('splits unclosed SGML leaves without any newline', () => {
    expect(shape('<STMTTRN><TRNAMT>-6.00<NAME>X</STMTTRN>')).toEqual(
      ['<STMTTRN>', '<TRNAMT>', '"-6.00"', '<NAME>', '"X"', '</STMTTRN>']);
  });

  it('upper-cases names and keeps dots (INTU.BID)', () => {
    expect(shape('<intu.bid>00999</Intu.Bid>')).toEqual(['<INTU.BID>', '"00999"', '</INTU.BID>']);
  });

  it('skips processing instructions, comments and DOCTYPE with an internal subset', () => {
    const xml = '<?xml version="1.0"?><?OFX OFXHEADER="200"?><!DOCTYPE x [<!ENTITY e "boom">]><!-- <NAME>no --><OFX>&e;</OFX>';
    expect(shape(xml)).toEqual(['<OFX>', '"&e;"', '</OFX>']);
  });

  it('takes CDATA literally and joins it with the text around it', () => {
    expect(shape('<MEMO>a &amp; <![CDATA[<b> &amp;]]> c</MEMO>')).toEqual(['<MEMO>', '"a & <b> &amp; c"', '</MEMO>']);
  });

  it("keeps a '<' that cannot start a tag as text", () => {
    expect(shape('<NAME>A < B <3</NAME>')).toEqual(['<NAME>', '"A < B <3"', '</NAME>']);
  });

  it('marks self-closing tags and ends a tag cut off by the next one', () => {
    expect(shape('<MEMO/><NAME<TRNAMT>1')).toEqual(['<MEMO/>', '<NAME>', '<TRNAMT>', '"1"']);
  });

  it('reports 1-based lines for CRLF input', () => {
    const t = tokens('OFXHEADER:100\r\n\r\n<OFX>\r\n<CODE>0\r\n</OFX>');
    expect(t.filter((x) => x.kind !== 'text').map((x) => x.line)).toEqual([3, 4, 5]);
  });

  it('counts bare CR line ends too', () => {
    expect(tokens('<OFX>\r<CODE>0\r</OFX>').filter((x) => x.kind !== 'text').map((x) => x.line)).toEqual([1, 2, 3]);
  });

  it('survives unterminated comments, CDATA and declarations', () => {
    expect(shape('<A>x<!-- never ends')).toEqual(['<A>', '"x"']);
    expect(shape('<A><![CDATA[open')).toEqual(['<A>', '"open"']);
    expect(shape('<!DOCTYPE [ <A>')).toEqual([]);
  });
});
