import { describe, expect, it } from 'vitest';
import { hasIntuitMarkers, readOfxHeader } from './ofx-header';

const bytes = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('readOfxHeader', () => {
  it('reads a v1 header with CRLF', () => {
    const h = readOfxHeader(bytes('OFXHEADER:100\r\nDATA:OFXSGML\r\nVERSION:102\r\nENCODING:USASCII\r\nCHARSET:1252\r\n\r\n<OFX>'));
    expect(h.version).toBe('102');
    expect(h.fields.DATA).toBe('OFXSGML');
    expect(h.declaredCharset).toBe('windows-1252');
  });

  it('reads a v1 header written on one line', () => {
    const h = readOfxHeader(bytes('OFXHEADER:100 DATA:OFXSGML VERSION:151 ENCODING:UTF-8 CHARSET:NONE <OFX>'));
    expect(h.version).toBe('151');
    expect(h.declaredCharset).toBe('utf-8');
  });

  it.each([
    ['ENCODING:UNICODE\nCHARSET:NONE', 'utf-8'],
    ['ENCODING:USASCII\nCHARSET:ISO-8859-1', 'windows-1252'],
    ['ENCODING:USASCII\nCHARSET:8859-1', 'windows-1252'],
    ['ENCODING:USASCII\nCHARSET:NONE', null],
  ])('maps %j to %s', (lines, charset) => {
    expect(readOfxHeader(bytes(`OFXHEADER:100\n${lines}\n<OFX>`)).declaredCharset).toBe(charset);
  });

  it('reads v2 processing instructions', () => {
    const h = readOfxHeader(bytes('<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n<?OFX OFXHEADER="200" VERSION="220" SECURITY="NONE"?>\n<OFX>'));
    expect(h.version).toBe('220');
    expect(h.fields.OFXHEADER).toBe('200');
    expect(h.declaredCharset).toBe('UTF-8');
  });

  it('has no version when the file starts at <OFX>', () => {
    expect(readOfxHeader(bytes('<OFX><SIGNONMSGSRSV1>')).version).toBeNull();
  });
});

describe('hasIntuitMarkers', () => {
  it('finds INTU.BID and INTU.USERID only', () => {
    expect(hasIntuitMarkers('<SONRS><INTU.BID>6526')).toBe(true);
    expect(hasIntuitMarkers('<intu.userid>x')).toBe(true);
    expect(hasIntuitMarkers('<SONRS><FI><ORG>Intuit')).toBe(false);
  });
});
