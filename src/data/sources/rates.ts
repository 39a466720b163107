import { now } from '../clock.js';
import { DataError, isDataError } from '../errors.js';
import { hasProxy } from '../fetch-text.js';
import { restoreSheet } from '../persisted.js';
import { parseRatesLazily, parseSheetAs } from '../parsers/lazy.js';
import type { RatesFormat } from '../parsers/sniff.js';
import type { RateSeries, RateSheet } from '../types.js';
import type { LoadContext, Source } from '../source.js';
import { UPSTREAMS } from '../upstreams.js';
import { HOUR, cbrDate } from './common.js';
import { cbrHistory, type SeriesQuery } from './history.js';
import { identify } from './identity.js';

/** What a rates widget asks a source for. */
export interface RateQuery {
  /** `YYYY-MM-DD`: the rates in effect on that date; absent for the latest. */
  date?: string;
  /** The page's language, for sources that publish in more than one. */
  lang?: string;
  /** Also load the rates in effect before the sheet's date (for a change column). */
  previous?: boolean;
}

/** The calendar day before an ISO date. */
export function dayBefore(iso: string): string {
  const day = new Date(`${iso}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() - 1);
  return day.toISOString().slice(0, 10);
}

/** Adds the sheet in effect the day before, unless that is the same sheet (a source that did not move). */
function withPrevious(sheet: RateSheet, previous: RateSheet): RateSheet {
  return previous.date < sheet.date ? { ...sheet, previous: previous.rates } : sheet;
}

const english = (lang = '') => !/^ru\b/i.test(lang);

/** A source of rate sheets; `history`, when present, gives one currency's rates over time. */
export interface RateSource extends Source<RateSheet, RateQuery> {
  readonly history?: Source<RateSeries, SeriesQuery>;
  /**
   * What the sheet will name as its source and base before it arrives, so a widget can lay out
   * the space it will take (the table's rows, its caption) while it loads.
   */
  expected?(): Pick<RateSheet, 'source' | 'base'>;
}

/** How far back the mirror's archive is searched for the sheet in effect on a day: the longest run of days without a sheet is the New Year holidays. */
const ARCHIVE_LOOKBACK_DAYS = 14;

/** `YYYY-MM-DD` → the mirror's archive address of the sheet dated that day. */
const archiveUrl = (iso: string) => `${UPSTREAMS.cbrJsonArchive}${iso.replaceAll('-', '/')}/daily_json.js`;

/**
 * The sheet in effect on `date` from the cbr-xml-daily.ru mirror: the archive holds a sheet under
 * each day the Bank set rates for, and nothing (404) on weekends and holidays, when the sheet of
 * the last such day is in effect. A date after today is answered by the latest sheet.
 */
async function mirrorSheet(date: string | undefined, { fetchText }: LoadContext): Promise<RateSheet> {
  if (!date || date > new Date(now()).toISOString().slice(0, 10)) return parseSheetAs('cbr-json', await fetchText(UPSTREAMS.cbrJson));
  for (let day = date, tries = 0; tries < ARCHIVE_LOOKBACK_DAYS; tries++, day = dayBefore(day)) {
    try {
      return await parseSheetAs('cbr-json', await fetchText(archiveUrl(day)));
    } catch (error) {
      if (!isDataError(error) || error.status !== 404) throw error;
    }
  }
  throw new DataError('empty', `The cbr-xml-daily.ru archive has no sheet in the ${ARCHIVE_LOOKBACK_DAYS} days up to ${date}`);
}

/** The Bank's own `XML_daily.asp` (or `XML_daily_eng.asp` for pages not in Russian), through the proxy. */
async function bankSheet(query: RateQuery, { fetchText }: LoadContext): Promise<RateSheet> {
  const page = english(query.lang) ? UPSTREAMS.cbrEng : UPSTREAMS.cbr;
  const fetchSheet = async (date?: string) => parseSheetAs('cbr', await fetchText(date ? `${page}?date_req=${cbrDate(date)}` : page));
  const sheet = await fetchSheet(query.date);
  return query.previous ? withPrevious(sheet, await fetchSheet(dayBefore(sheet.date))) : sheet;
}

/**
 * The Bank of Russia's daily rates. With a proxy configured, the Bank's own documents; without
 * one (the Bank refuses cross-origin reads), the CORS-enabled cbr-xml-daily.ru mirror, whose sheet
 * also carries the previous rates, so one request serves the change column too.
 */
export const cbr: RateSource = {
  name: 'cbr',
  history: cbrHistory,
  ttl: HOUR,
  restore: restoreSheet,
  expected: () => ({ source: hasProxy() ? 'cbr' : 'cbr-json', base: 'RUB' }),
  key: (q) =>
    hasProxy()
      ? ['bank', q.date ?? 'latest', english(q.lang) ? 'eng' : 'ru', q.previous ? 'previous' : ''].join('|')
      : ['mirror', q.date ?? 'latest'].join('|'),
  load: (query, context) => (hasProxy() ? bankSheet(query, context) : mirrorSheet(query.date, context)),
};

/**
 * A bank that publishes one current sheet at one address (no rates by date here). `lang` only
 * matters to banks that publish names in several languages (the Central Bank of Uzbekistan).
 */
function latestSheet(name: string, format: RatesFormat, base: string, url: string, byLanguage = false): RateSource {
  return {
    name,
    ttl: HOUR,
    restore: restoreSheet,
    expected: () => ({ source: format, base }),
    key: (q) => `${q.date ?? 'latest'}|${byLanguage ? (q.lang ?? '') : ''}`,
    async load(query, { fetchText }) {
      if (query.date) throw new DataError('source', `The ${name} source offers only its latest rates, not those of ${query.date}`);
      return parseSheetAs(format, await fetchText(url), query.lang);
    },
  };
}

/** The cbr-xml-daily.ru JSON mirror of the Bank of Russia (carries the previous rates). */
export const cbrJson = latestSheet('cbr-json', 'cbr-json', 'RUB', UPSTREAMS.cbrJson);
/** The European Central Bank's euro reference rates. */
export const ecb = latestSheet('ecb', 'ecb', 'EUR', UPSTREAMS.ecb);
/** The National Bank of Kazakhstan, in tenge. */
export const nbk = latestSheet('nbk', 'nbk', 'KZT', UPSTREAMS.nbk);
/** The National Bank of the Kyrgyz Republic, in som. */
export const nbkr = latestSheet('nbkr', 'nbkr', 'KGS', UPSTREAMS.nbkr);
/** The Central Bank of Uzbekistan, in sum. */
export const cbu = latestSheet('cbu', 'cbu', 'UZS', UPSTREAMS.cbu, true);
/** The National Bank of the Republic of Belarus, in Belarusian rubles. */
export const nbrb = latestSheet('nbrb', 'nbrb', 'BYN', UPSTREAMS.nbrb);

/** A rates document at any URL, its format recognised from its content. */
export function ratesAt(url: string): Source<RateSheet, RateQuery> {
  return identify(`url:${url}`, {
    name: `url:${url}`,
    ttl: HOUR,
    restore: restoreSheet,
    key: (q) => q.lang ?? '',
    async load(query, { fetchText }) {
      return parseRatesLazily(await fetchText(url), query.lang);
    },
  });
}
