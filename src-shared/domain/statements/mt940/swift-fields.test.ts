import { describe, expect, it } from 'vitest';
import { splitFields } from './swift-fields';

const tags = (text: string) => splitFields(text).fields.map((f) => [f.tag, f.line, f.lines]);

describe('splitFields', () => {
  it('splits fields and keeps continuation lines with the line of each tag', () => {
    expect(tags(':20:REF\r\n:25:123456789\r\n:86:line one\r\nline two\r\n\r\n:62F:C110713EUR1,00')).toEqual([
      ['20', 1, ['REF']], ['25', 2, ['123456789']], ['86', 3, ['line one', 'line two']], ['62F', 6, ['C110713EUR1,00']],
    ]);
  });

  it('ignores bank headers before the first field and between messages', () => {
    const text = 'ABNANL2A\n940\nABNANL2A\n:20:ABN\n:62F:C110713EUR1,00\n-\nABNANL2A\n940\n:20:ABN2\n';
    expect(tags(text).map(([tag]) => tag)).toEqual(['20', '62F', '20']);
    expect(tags('0000 01INGBNL2AXXXX00001\n940 00\n:20:INGEB')).toEqual([['20', 3, ['INGEB']]]);
  });

  it('strips SWIFT envelopes, including a first field on the envelope line', () => {
    const text = '{1:F01KNABNL2HAXXX0000000000}{2:I940KNABNL2HXXXXN3020}{4:\n:20:B6I15\n:62F:C160915EUR100,\n-}{5:{CHK:123}}\n'
      + '{1:F01INGBNL2A}{2:I940INGBNL2AXXXN}{3:{108:MT940}}{4::20:SECOND\n-}';
    expect(tags(text)).toEqual([['20', 2, ['B6I15']], ['62F', 3, ['C160915EUR100,']], ['20', 5, ['SECOND']]]);
  });

  it('continues a field on a line that only looks like an unknown tag', () => {
    expect(tags(':86:?602017-01-01T13\n:12:11\n:62F:C160301EUR1,00')).toEqual([
      ['86', 1, ['?602017-01-01T13', ':12:11']], ['62F', 3, ['C160301EUR1,00']],
    ]);
  });

  it('repairs a tag broken across a line wrap', () => {
    expect(tags(':61:1811261126CR\n30,00N062NONREF\n:\n86:166?00GUTSCHR.')).toEqual([
      ['61', 1, ['1811261126CR', '30,00N062NONREF']], ['86', 3, ['166?00GUTSCHR.']],
    ]);
  });

  it('removes binary characters and reports each line that had them', () => {
    const { fields, errors } = splitFields(':20:STAR\u0007T\n:25:12\u0000345\n:28C:1');
    expect(fields.map((f) => f.lines[0])).toEqual(['START', '12345', '1']);
    expect(errors).toEqual([
      { line: 1, message: 'Unreadable (binary) characters were removed from this line.' },
      { line: 2, message: 'Unreadable (binary) characters were removed from this line.' },
    ]);
  });

  it('removes SWIFT framing characters (SOH, ETX, ^Z) without reporting them', () => {
    const { fields, errors } = splitFields('\u0001:20:ST050112CYC/1\n:25:PL61109010140000071219812874\n:28C:8/1\u0003\n\u001a');
    expect(fields.map((f) => f.lines[0])).toEqual(['ST050112CYC/1', 'PL61109010140000071219812874', '8/1']);
    expect(errors).toEqual([]);
  });

  it('caps the reports for a file full of garbage', () => {
    const { errors } = splitFields(Array.from({ length: 50 }, () => '\u0002junk').join('\n'));
    expect(errors).toHaveLength(21);
    expect(errors[20]).toEqual({ line: null, message: '30 more lines had unreadable characters removed.' });
  });
});
