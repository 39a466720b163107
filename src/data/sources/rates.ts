import type { RateSeries, RateSheet } from '../types.js';
import type { Source } from '../source.js';
import { UPSTREAMS } from '../upstreams.js';
import { HOUR, cbrDate } from './common.js';
import { cbrHistory, type SeriesQuery } from './history.js';

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

/** A source of rate sheets; `history`, when present, gives one currency's rates over time. */
export interface RateSource extends Source<RateSheet, RateQuery> {
  readonly history?: Source<RateSeries, SeriesQuery>;
}

/** The Bank of Russia's daily rates: `XML_daily.asp`, or `XML_daily_eng.asp` for pages not in Russian. */
export const cbr: RateSource = {
  name: 'cbr',
  history: cbrHistory,
  ttl: HOUR,
  key: (q) => [q.date ?? 'latest', english(q.lang) ? 'eng' : 'ru', q.previous ? 'previous' : ''].join('|'),
  async load(query, { fetchText }) {
    const { parseCbrDaily } = await import('../parsers/cbr-daily.js');
    const page = english(query.lang) ? UPSTREAMS.cbrEng : UPSTREAMS.cbr;
    const fetchSheet = async (date?: string) =>
      parseCbrDaily(await fetchText(date ? `${page}?date_req=${cbrDate(date)}` : page), 'cbr');
    const sheet = await fetchSheet(query.date);
    return query.previous ? withPrevious(sheet, await fetchSheet(dayBefore(sheet.date))) : sheet;
  },
};

const english = (lang = '') => !/^ru\b/i.test(lang);

/** The cbr-xml-daily.ru JSON mirror of the Bank of Russia (latest only; carries the previous rates). */
export const cbrJson: Source<RateSheet, RateQuery> = {
  name: 'cbr-json',
  ttl: HOUR,
  key: () => 'latest',
  async load(_query, { fetchText }) {
    const { parseCbrJson } = await import('../parsers/cbr-json.js');
    return parseCbrJson(await fetchText(UPSTREAMS.cbrJson));
  },
};

/** The European Central Bank's euro reference rates (latest only). */
export const ecb: Source<RateSheet, RateQuery> = {
  name: 'ecb',
  ttl: HOUR,
  key: () => 'latest',
  async load(_query, { fetchText }) {
    const { parseEcb } = await import('../parsers/ecb.js');
    return parseEcb(await fetchText(UPSTREAMS.ecb));
  },
};

/** A rates document at any URL, its format recognised from its content. */
export function ratesAt(url: string): Source<RateSheet, RateQuery> {
  return {
    name: `url:${url}`,
    ttl: HOUR,
    key: () => '',
    async load(_query, { fetchText }) {
      const { parseRates } = await import('../parsers/detect.js');
      return parseRates(await fetchText(url));
    },
  };
}
