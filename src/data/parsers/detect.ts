import BANKS from '../banks/index.js';
import { DataError } from '../errors.js';
import type { RateSeries, RateSheet } from '../types.js';
import { everyParser } from './index.js';
import type { HistoryFormat, RatesFormat } from './lazy.js';
import { describeDocument, recognise } from './sniff.js';

/** The banks whose histories are read too, recognised as their sheets are. */
const HISTORIES = BANKS.filter((bank) => bank.historyParser);

/** The format of a rates document: the name of the bank whose documents it looks like. */
export const sniffRates = (text: string): RatesFormat | undefined => recognise(text, BANKS)?.name;

/** The format of a rate history document. */
export const sniffHistory = (text: string): HistoryFormat | undefined => recognise(text, HISTORIES)?.name as HistoryFormat | undefined;

/**
 * A rates document in any supported format, recognised by its content (for `src=` URLs, whose
 * format nobody declares). Synchronous, so it loads every parser (`./index.ts`) and picks its
 * bank's. A caller that cares about the size of the XML parser recognises the document with
 * `sniff.ts` and imports only the parser it needs (`lazy.ts`).
 */
export function parseRates(text: string): RateSheet {
  const bank = recognise(text, BANKS);
  if (!bank) throw new DataError('format', `Not a supported rates document: ${describeDocument(text)}`);
  return bank.sheetParser.pick(everyParser)(text);
}

/** One currency's history from a document in any supported history format. */
export function parseRateHistory(text: string, code: string): RateSeries {
  const bank = recognise(text, HISTORIES);
  if (!bank) throw new DataError('format', `Not a supported rate history document: ${describeDocument(text)}`);
  return bank.historyParser!.pick(everyParser)(text, code);
}
