import { DataError } from '../errors.js';
import { restoreSeries, restoreSheet } from '../persisted.js';
import type { LoadContext, RateQuery, SeriesQuery, Source } from '../source.js';
import { HOUR, hasProxy } from '../sources/common.js';
import { identify } from '../sources/identity.js';
import type { RateSeries, RateSheet } from '../types.js';
import { dayBefore, lazyParser, runParser, type Bank } from './bank.js';
import { mirrorSheet } from './cbr-json.js';

/** Where the Bank of Russia publishes; a date goes into the query as `DD/MM/YYYY` (`cbrDate`). */
const upstreams = {
  /** Daily rates, Russian names; `date_req` for a past date. */
  cbr: 'https://www.cbr.ru/scripts/XML_daily.asp',
  /** The same with English names. */
  cbrEng: 'https://www.cbr.ru/scripts/XML_daily_eng.asp',
  /** The history of one currency: `date_req1`, `date_req2`, `VAL_NM_RQ=<the Bank's currency ID>`. */
  cbrDynamic: 'https://www.cbr.ru/scripts/XML_dynamic.asp',
};

/** `YYYY-MM-DD` → `DD/MM/YYYY`, the Bank of Russia's query form. */
const cbrDate = (iso: string): string => iso.split('-').reverse().join('/');

// The daily sheet's parser takes the source's name second, not a language.
const sheetParser = lazyParser(
  () => import('../parsers/cbr-daily.js'),
  (parsers) => (text: string) => parsers.parseCbrDaily(text),
);
const historyParser = lazyParser(
  () => import('../parsers/cbr-dynamic.js'),
  (parsers) => parsers.parseCbrDynamic,
);

/** The Bank of Russia's history of one currency (`XML_dynamic.asp`). */
export const cbrHistory: Source<RateSeries, SeriesQuery> = identify('cbr:history', {
  name: 'cbr',
  ttl: HOUR,
  restore: restoreSeries,
  key: (q) => `${q.code}|${q.from}|${q.to}`,
  async load(query, { fetchText }) {
    const { cbrIdOf } = await import('../parsers/cbr-ids.js');
    const id = cbrIdOf(query.code);
    if (!id) throw new DataError('source', `The Bank of Russia publishes no history for ${query.code}`);
    const url = `${upstreams.cbrDynamic}?date_req1=${cbrDate(query.from)}&date_req2=${cbrDate(query.to)}&VAL_NM_RQ=${id}`;
    return runParser(historyParser, await fetchText(url), query.code);
  },
});

const english = (lang = '') => !/^ru\b/i.test(lang);

/** Adds the sheet in effect the day before, unless that is the same sheet (a source that did not move). */
function withPrevious(sheet: RateSheet, previous: RateSheet): RateSheet {
  return previous.date < sheet.date ? { ...sheet, previous: previous.rates } : sheet;
}

/** The Bank's own `XML_daily.asp` (or `XML_daily_eng.asp` for pages not in Russian), through the proxy. */
async function bankSheet(query: RateQuery, { fetchText }: LoadContext): Promise<RateSheet> {
  const page = english(query.lang) ? upstreams.cbrEng : upstreams.cbr;
  const fetchSheet = async (date?: string) => runParser(sheetParser, await fetchText(date ? `${page}?date_req=${cbrDate(date)}` : page));
  const sheet = await fetchSheet(query.date);
  return query.previous ? withPrevious(sheet, await fetchSheet(dayBefore(sheet.date))) : sheet;
}

/**
 * The Bank of Russia's daily rates. With a proxy configured, the Bank's own documents; without
 * one (the Bank refuses cross-origin reads), the CORS-enabled cbr-xml-daily.ru mirror, whose sheet
 * also carries the previous rates, so one request serves the change column too.
 */
export const cbr = {
  name: 'cbr',
  base: 'RUB',
  upstreams,
  recognise: { root: 'ValCurs' },
  sheetParser,
  historyParser,
  history: cbrHistory,
  ttl: HOUR,
  restore: restoreSheet,
  expected: () => ({ source: hasProxy() ? 'cbr' : 'cbr-json', base: 'RUB' }),
  key: (q) =>
    hasProxy()
      ? ['bank', q.date ?? 'latest', english(q.lang) ? 'eng' : 'ru', q.previous ? 'previous' : ''].join('|')
      : ['mirror', q.date ?? 'latest'].join('|'),
  load: (query, context) => (hasProxy() ? bankSheet(query, context) : mirrorSheet(query.date, context)),
} satisfies Bank<'cbr', keyof typeof upstreams>;
