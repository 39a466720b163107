import { DataError } from '../errors.js';
import type { RateSeries, RateSheet } from '../types.js';
import { parseCbrDaily } from './cbr-daily.js';
import { parseCbrDynamic } from './cbr-dynamic.js';
import { parseCbrJson } from './cbr-json.js';
import { parseCbu } from './cbu.js';
import { parseEcb, parseEcbHistory } from './ecb.js';
import { parseNbk } from './nbk.js';
import { parseNbkr } from './nbkr.js';
import { parseNbrb } from './nbrb.js';
import { describeDocument, sniffHistory, sniffRates, type HistoryFormat, type RatesFormat } from './sniff.js';

/** One entry per format in `sniff.ts`; the `Record` type makes a missing one a compile error. */
const RATES_PARSERS: Record<RatesFormat, (text: string) => RateSheet> = {
  cbr: parseCbrDaily,
  'cbr-json': parseCbrJson,
  ecb: parseEcb,
  nbk: parseNbk,
  nbkr: parseNbkr,
  cbu: parseCbu,
  nbrb: parseNbrb,
};

const HISTORY_PARSERS: Record<HistoryFormat, (text: string, code: string) => RateSeries> = {
  cbr: parseCbrDynamic,
  ecb: parseEcbHistory,
};

/**
 * A rates document in any supported format, recognised by its content (for `src=` URLs, whose
 * format nobody declares). Synchronous, so it loads every parser: a caller that cares about the
 * size of the XML parser sniffs with `sniffRates` and imports only the parser it needs.
 */
export function parseRates(text: string): RateSheet {
  const format = sniffRates(text);
  if (!format) throw new DataError('format', `Not a supported rates document: ${describeDocument(text)}`);
  return RATES_PARSERS[format](text);
}

/** One currency's history from a document in any supported history format. */
export function parseRateHistory(text: string, code: string): RateSeries {
  const format = sniffHistory(text);
  if (!format) throw new DataError('format', `Not a supported rate history document: ${describeDocument(text)}`);
  return HISTORY_PARSERS[format](text, code);
}
