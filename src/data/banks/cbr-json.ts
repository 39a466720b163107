import { now } from '../../core/time.js';
import { DataError, isDataError } from '../errors.js';
import type { LoadContext } from '../source.js';
import type { RateSheet } from '../types.js';
import { dayBefore, latestSheet, lazyParser, runParser } from './bank.js';

/** The cbr-xml-daily.ru JSON mirror of the Bank of Russia: its latest sheet, which carries the previous rates too. */
export const cbrJson = latestSheet({
  name: 'cbr-json',
  base: 'RUB',
  recognise: { pattern: /"Valute"\s*:\s*\{/ },
  upstreams: {
    cbrJson: 'https://www.cbr-xml-daily.ru/daily_json.js',
    /** The archive: `YYYY/MM/DD/daily_json.js` is the sheet dated that day, where there is one. */
    cbrJsonArchive: 'https://www.cbr-xml-daily.ru/archive/',
  },
  cors: true,
  sheetParser: lazyParser(
    () => import('../parsers/cbr-json.js'),
    (parsers) => parsers.parseCbrJson,
  ),
  publisher: 'cbr',
});

/** How far back the archive is searched for the sheet in effect on a day: the longest run of days without a sheet is the New Year holidays. */
const ARCHIVE_LOOKBACK_DAYS = 14;

/** `YYYY-MM-DD` → the archive's address of the sheet dated that day. */
const archiveUrl = (iso: string) => `${cbrJson.upstreams.cbrJsonArchive}${iso.replaceAll('-', '/')}/daily_json.js`;

/**
 * The sheet in effect on `date` from the mirror, for the Bank of Russia's source: the archive holds
 * a sheet under each day the Bank set rates for, and nothing (404) on weekends and holidays, when
 * the sheet of the last such day is in effect. A date after today is answered by the latest sheet.
 */
export async function mirrorSheet(date: string | undefined, { fetchText }: LoadContext): Promise<RateSheet> {
  if (!date || date > new Date(now()).toISOString().slice(0, 10)) return runParser(cbrJson.sheetParser, await fetchText(cbrJson.upstreams.cbrJson));
  for (let day = date, tries = 0; tries < ARCHIVE_LOOKBACK_DAYS; tries++, day = dayBefore(day)) {
    try {
      return await runParser(cbrJson.sheetParser, await fetchText(archiveUrl(day)));
    } catch (error) {
      if (!isDataError(error) || error.status !== 404) throw error;
    }
  }
  throw new DataError('empty', `The cbr-xml-daily.ru archive has no sheet in the ${ARCHIVE_LOOKBACK_DAYS} days up to ${date}`);
}
