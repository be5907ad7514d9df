import { describe, expect, it } from 'vitest';
import { decodeEntities, decodeEntitiesOnce } from './ofx-entities';

describe('decodeEntities', () => {
  it('expands the five XML entities and numeric references', () => {
    expect(decodeEntities('&lt;A&gt; &amp; &quot;B&quot; &apos;C&apos; &#39;D&#x27; &#8364;')).toBe(`<A> & "B" 'C' 'D' €`);
  });

  it('expands the HTML names banks put in QFX', () => {
    expect(decodeEntities('Caf&eacute;&nbsp;Zo&euml; &ndash; M&uuml;nchen &copy;')).toBe('Café\u00a0Zoë – München ©');
  });

  it('leaves bare ampersands and unknown names as written', () => {
    expect(decodeEntities('AT&T & SONS &bogus; &amp')).toBe('AT&T & SONS &bogus; &amp');
  });

  it('undoes double escaping, which some banks apply', () => {
    expect(decodeEntities('TPAY &amp;lt;DEFTPYMT&amp;gt;')).toBe('TPAY <DEFTPYMT>');
    expect(decodeEntities('B.C. HYDRO &amp;amp; POWER')).toBe('B.C. HYDRO & POWER');
  });

  it('stops after two rounds, so escaped text cannot unfold further', () => {
    expect(decodeEntities('&amp;amp;amp;lt;')).toBe('&amp;lt;');
    expect(decodeEntitiesOnce('&amp;lt;')).toBe('&lt;');
  });

  it('refuses NUL, surrogates and out-of-range code points', () => {
    expect(decodeEntities('a&#0;b&#xD800;c&#x110000;')).toBe('a&#0;b&#xD800;c&#x110000;');
  });
});
