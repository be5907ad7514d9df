import type { FormatParser } from './types';
import { csvParser } from './csv/csv.parser';
import { xlsxParser } from './xlsx/xlsx.parser';
import { ofxParser } from './ofx/ofx.parser';
import { qifParser } from './qif/qif.parser';
import { camtParser } from './camt/camt.parser';
import { mt940Parser } from './mt940/mt940.parser';

/**
 * Every format parser. Detection asks each for a sniff score and picks the highest, so a
 * format is added by adding its parser here; the order only breaks ties.
 */
export const FORMAT_PARSERS: readonly FormatParser[] = [
  camtParser, ofxParser, mt940Parser, qifParser, xlsxParser, csvParser,
];
