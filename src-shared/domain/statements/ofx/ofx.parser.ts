import { decodeText } from '../../text/decode';
import { StatementError, type FormatParser, type StatementFormat } from '../types';
import { hasIntuitMarkers, readOfxHeader } from './ofx-header';
import { extractStatements } from './ofx-statements';
import { buildOfxTree, findAll } from './ofx-tree';
import { tokenizeSgml } from './sgml-tokenizer';

/**
 * OFX 1.x (SGML) and 2.x (XML) bank and credit-card statements, and Intuit's QFX flavour
 * (the same messages plus INTU.* sign-on fields). QFX is told apart only to report the format.
 */
export const ofxParser: FormatParser = {
  formats: ['ofx', 'qfx'],

  sniff(_bytes, head) {
    const start = head.slice(0, 2048);
    const declared = /^\s*OFXHEADER\s*:/i.test(start) || /<\?OFX\b[^>]*OFXHEADER/i.test(start);
    if (declared || /<OFX[\s>]/i.test(head)) return { format: ofxFlavour(head), score: 0.95 };
    // A body without its <OFX> root (cut by an exporter) still has unmistakable elements.
    if (/<STMTTRN\s*>/i.test(head) && /<TRNAMT\s*>/i.test(head)) return { format: ofxFlavour(head), score: 0.6 };
    return null;
  },

  parse(bytes, _format, opts) {
    const header = readOfxHeader(bytes);
    const { text } = decodeText(bytes, header.declaredCharset);
    const root = buildOfxTree(tokenizeSgml(text));
    if (findAll(root, new Set(['OFX', 'STMTTRN', 'STMTRS', 'CCSTMTRS'])).length === 0) {
      throw new StatementError('PARSE_FAILED',
        'The file has no OFX content (no <OFX> element and no transactions). Download the statement from your bank again as OFX or QFX.');
    }
    const hints = opts.hints ?? {};
    return extractStatements(root, {
      currency: hints.currency?.toUpperCase() ?? null,
      decimal: hints.decimal,
      maxRows: opts.limits.maxRows,
    });
  },
};

function ofxFlavour(head: string): StatementFormat {
  return hasIntuitMarkers(head) ? 'qfx' : 'ofx';
}
