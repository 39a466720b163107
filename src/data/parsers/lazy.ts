import { DataError } from '../errors.js';
import type { RateSeries, RateSheet } from '../types.js';
import type { HistoryFormat, RatesFormat } from './sniff.js';

type SheetParser = (text: string, lang?: string) => RateSheet;
type HistoryParser = (text: string, code: string) => RateSeries;

/**
 * Each format's parser, imported on first use: a page that reads only JSON never downloads the
 * XML parser; nor does a source that knows its format download the sniffing rules.
 * `detect.ts` is the synchronous all-in-one for code that does not care.
 */
const SHEET_PARSERS: Record<RatesFormat, () => Promise<SheetParser>> = {
  cbr: async () => (await import('./cbr-daily.js')).parseCbrDaily,
  'cbr-json': async () => (await import('./cbr-json.js')).parseCbrJson,
  ecb: async () => (await import('./ecb.js')).parseEcb,
  nbk: async () => (await import('./nbk.js')).parseNbk,
  nbkr: async () => (await import('./nbkr.js')).parseNbkr,
  cbu: async () => (await import('./cbu.js')).parseCbu,
  nbrb: async () => (await import('./nbrb.js')).parseNbrb,
};

const HISTORY_PARSERS: Record<HistoryFormat, () => Promise<HistoryParser>> = {
  cbr: async () => (await import('./cbr-dynamic.js')).parseCbrDynamic,
  ecb: async () => (await import('./ecb.js')).parseEcbHistory,
};

/** Parses a rate sheet known to be in `format`; `lang` picks the names where a source has several. */
export async function parseSheetAs(format: RatesFormat, text: string, lang?: string): Promise<RateSheet> {
  const parse = await SHEET_PARSERS[format]();
  // The Bank of Russia's parser takes the source name second, not a language.
  return format === 'cbr' ? parse(text) : parse(text, lang);
}

/** A rate sheet in whatever supported format the text turns out to be. */
export async function parseRatesLazily(text: string, lang?: string): Promise<RateSheet> {
  const { describeDocument, sniffRates } = await import('./sniff.js');
  const format = sniffRates(text);
  if (!format) throw new DataError('format', `Not a supported rates document: ${describeDocument(text)}`);
  return parseSheetAs(format, text, lang);
}

/** Parses one currency's history from a document known to be in `format`. */
export async function parseHistoryAs(format: HistoryFormat, text: string, code: string): Promise<RateSeries> {
  return (await HISTORY_PARSERS[format]())(text, code);
}

/** One currency's history, in whatever supported history format the text turns out to be. */
export async function parseHistoryLazily(text: string, code: string): Promise<RateSeries> {
  const { describeDocument, sniffHistory } = await import('./sniff.js');
  const format = sniffHistory(text);
  if (!format) throw new DataError('format', `Not a supported rate history document: ${describeDocument(text)}`);
  return parseHistoryAs(format, text, code);
}
