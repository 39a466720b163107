import BANKS from '../banks/index.js';
import { runParser, type Bank } from '../banks/bank.js';
import { DataError } from '../errors.js';
import type { RateSeries, RateSheet } from '../types.js';

type Banks = (typeof BANKS)[number];
/** Daily-sheet formats: each is the name of the bank whose documents it reads. */
export type RatesFormat = Banks['name'];
/** History formats: the banks that publish histories too. */
export type HistoryFormat = Extract<Banks, { historyParser: object }>['name'];

/**
 * Each bank's parser, imported on first use (`Bank.sheetParser`): a page that reads only JSON never
 * downloads the XML parser; nor does a source that knows its format download the sniffing rules.
 * `detect.ts` is the synchronous all-in-one for code that does not care.
 */
const bankNamed = (format: string): Bank => BANKS.find((bank) => bank.name === format)!;

/** Parses a rate sheet known to be in `format`; `lang` picks the names where a source has several. */
export async function parseSheetAs(format: RatesFormat, text: string, lang?: string): Promise<RateSheet> {
  return runParser(bankNamed(format).sheetParser, text, lang);
}

/** A rate sheet in whatever supported format the text turns out to be. */
export async function parseRatesLazily(text: string, lang?: string): Promise<RateSheet> {
  const { describeDocument, recognise } = await import('./sniff.js');
  const bank = recognise(text, BANKS);
  if (!bank) throw new DataError('format', `Not a supported rates document: ${describeDocument(text)}`);
  return runParser(bank.sheetParser, text, lang);
}

/** Parses one currency's history from a document known to be in `format`. */
export async function parseHistoryAs(format: HistoryFormat, text: string, code: string): Promise<RateSeries> {
  return runParser(bankNamed(format).historyParser!, text, code);
}

/** One currency's history, in whatever supported history format the text turns out to be. */
export async function parseHistoryLazily(text: string, code: string): Promise<RateSeries> {
  const { describeDocument, recognise } = await import('./sniff.js');
  const bank = recognise(
    text,
    BANKS.filter((bank) => bank.historyParser),
  );
  if (!bank) throw new DataError('format', `Not a supported rate history document: ${describeDocument(text)}`);
  return runParser(bank.historyParser!, text, code);
}
