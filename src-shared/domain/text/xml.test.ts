import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { XmlError, attr, child, childrenNamed, decodeEntities, readXml, textAt, type XmlElement } from './xml';

describe('readXml', () => {
  it('reads elements, attributes, text, CDATA and skips comments and processing instructions', () => {
    const root = readXml(`<?xml version="1.0" encoding="UTF-8"?>
<!-- a statement -->
<Doc a="1" b='two'>
  <Amt Ccy="EUR">12.50</Amt>
  <?pi something?>
  <Note><![CDATA[<not> & a tag]]> and text</Note>
  <Empty/>
</Doc>`);
    expect(root.name).toBe('Doc');
    expect(root.attrs).toEqual({ a: '1', b: 'two' });
    expect(textAt(root, 'Amt')).toBe('12.50');
    expect(attr(child(root, 'Amt'), 'Ccy')).toBe('EUR');
    expect(textAt(root, 'Note')).toBe('<not> & a tag and text');
    expect(child(root, 'Empty')?.children).toEqual([]);
    expect(textAt(root, 'Empty')).toBeNull();
    expect(root.children.map((c) => c.name)).toEqual(['Amt', 'Note', 'Empty']);
  });

  it('matches namespaced elements and attributes by local name', () => {
    const root = readXml('<c:Document xmlns:c="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02"><c:Ntry><c:Amt c:Ccy="JPY">5</c:Amt></c:Ntry></c:Document>');
    expect(root.name).toBe('Document');
    expect(root.qname).toBe('c:Document');
    expect(root.attrs['xmlns:c']).toBe('urn:iso:std:iso:20022:tech:xsd:camt.053.001.02');
    expect(attr(child(root, 'Ntry', 'Amt'), 'Ccy')).toBe('JPY');
  });

  it('decodes the five entities and numeric references, and nothing else', () => {
    const root = readXml('<a t="&lt;&amp;&quot;">&lt;b&gt; &apos;x&apos; &#228;&#xFC; &nbsp; AT&T &#0;</a>');
    expect(root.attrs.t).toBe('<&"');
    expect(root.text).toBe(`<b> 'x' äü &nbsp; AT&T \uFFFD`);
    expect(decodeEntities('&custom;&#x1F600;')).toBe('&custom;😀');
  });

  it('skips a DOCTYPE and never expands its entities (billion laughs)', () => {
    const lol = ['<!ENTITY lol0 "lol">'];
    for (let i = 1; i < 10; i++) lol.push(`<!ENTITY lol${i} "${`&lol${i - 1};`.repeat(10)}">`);
    const root = readXml(`<?xml version="1.0"?>
<!DOCTYPE lolz [
  ${lol.join('\n  ')}
  <!-- a comment with ] and > inside -->
  <!ENTITY tricky "a > b ] c">
]>
<lolz>&lol9;</lolz>`);
    expect(root.text).toBe('&lol9;');
  });

  it('never reads an external entity (XXE)', () => {
    const root = readXml(`<!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><x>&xxe;</x>`);
    expect(root.text).toBe('&xxe;');
  });

  it('refuses a DOCTYPE inside the document', () => {
    expect(() => readXml('<a><!DOCTYPE a></a>')).toThrow(XmlError);
  });

  it('keeps an attribute called __proto__ as a plain attribute', () => {
    const root = readXml('<a __proto__="x" constructor="y"/>');
    expect(root.attrs.__proto__).toBe('x');
    expect(Object.getPrototypeOf(root.attrs)).toBeNull();
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });

  it('reports malformed documents with the line where reading stopped', () => {
    const cases: Array<[string, number]> = [
      ['<a>\n<b>\n</a>', 3],
      ['<a>\n<b>', 2],
      ['<a x=1/>', 1],
      ['text<a/>', 1],
      ['<a/><b/>', 1],
      ['', 1],
      ['<a><!-- never closed</a>', 1],
      ['<a>\n\n<b c="1" c2="unterminated></a>', 3],
    ];
    for (const [doc, line] of cases) {
      try {
        readXml(doc);
        expect.unreachable(`no error for ${JSON.stringify(doc)}`);
      } catch (err) {
        expect(err).toBeInstanceOf(XmlError);
        expect((err as XmlError).line, doc).toBe(line);
      }
    }
  });

  it('limits nesting depth and attribute count', () => {
    const deep = '<a>'.repeat(300) + '</a>'.repeat(300);
    expect(() => readXml(deep)).toThrow(/nested deeper/);
    expect(readXml(deep, { limits: { maxDepth: 400 } }).name).toBe('a');
    const many = `<a ${Array.from({ length: 300 }, (_, i) => `x${i}="1"`).join(' ')}/>`;
    expect(() => readXml(many)).toThrow(/too many attributes/);
  });

  it('limits the elements held in memory, not the ones already handed over and detached', () => {
    const doc = `<a>${'<b><c/></b>'.repeat(1000)}</a>`;
    expect(() => readXml(doc, { limits: { maxRetainedElements: 500 } })).toThrow(/too many elements/);
    const root = readXml(doc, { limits: { maxRetainedElements: 500 }, onClose: (el) => el.name === 'b' });
    expect(root.children).toHaveLength(0);
  });

    it('gives every element the line of its start tag', () => {
    const root = readXml('<a>\n  <b/>\r\n  <c>\n    <d>x</d>\n  </c>\n</a>');
    expect(root.line).toBe(1);
    expect(child(root, 'b')?.line).toBe(2);
    expect(child(root, 'c', 'd')?.line).toBe(4);
  });

  it('normalizes line breaks in text and keeps a stray < as text', () => {
    const root = readXml('<a>one\r\ntwo < three</a>');
    expect(root.text).toBe('one\ntwo < three');
  });

  it('lets onClose detach elements so a large document is processed piece by piece', () => {
    const seen: string[] = [];
    const doc = `<Doc><Stmt>${'<Ntry><Amt>1</Amt></Ntry>'.repeat(3)}<Id>s1</Id></Stmt></Doc>`;
    const root = readXml(doc, {
      onClose(el, ancestors) {
        if (el.name !== 'Ntry') return false;
        seen.push(`${ancestors.map((a) => a.name).join('/')}:${textAt(el, 'Amt')}`);
        return true;
      },
    });
    expect(seen).toEqual(['Doc/Stmt:1', 'Doc/Stmt:1', 'Doc/Stmt:1']);
    expect(childrenNamed(child(root, 'Stmt'), 'Ntry')).toHaveLength(0);
    expect(textAt(root, 'Stmt', 'Id')).toBe('s1');
  });

  it('reads a document of 100,000 entries', () => {
    const entry = '<Ntry>\n  <Amt Ccy="EUR">12.34</Amt>\n  <Nm>Caf&#233; &amp; Co</Nm>\n</Ntry>\n';
    const doc = `<Doc>\n${entry.repeat(100_000)}</Doc>`;
    let count = 0;
    let last: XmlElement | undefined;
    readXml(doc, {
      onClose(el) {
        if (el.name !== 'Ntry') return false;
        count++;
        last = el;
        return true;
      },
    });
    expect(count).toBe(100_000);
    expect(textAt(last, 'Nm')).toBe('Café & Co');
    expect(last?.line).toBe(2 + 4 * 99_999);
  });

  it('throws nothing but XmlError for arbitrary input', () => {
    const xmlish = fc.array(fc.constantFrom('<', '>', '/', '!', '?', '[', ']', '-', '"', "'", '=', '&', ';', '#', 'a', 'b', ':', ' ', '\n', 'CDATA', 'DOCTYPE', '<a>', '</a>', '<!--', '-->'), { maxLength: 60 })
      .map((parts) => parts.join(''));
    fc.assert(fc.property(fc.oneof(fc.string(), xmlish), (text) => {
      try {
        readXml(text);
      } catch (err) {
        expect(err).toBeInstanceOf(XmlError);
      }
    }), { numRuns: 2000 });
  });
});
