import { DataError } from '../errors.js';
import type { Rate, RateSheet } from '../types.js';
import { isoFromDotted } from './dates.js';
import { isJsonObject, parseRatesJson, scalar, textField } from './json-document.js';
import { RowReader, previousOf, rateOf, sheetOf } from './sheet.js';

const FORMAT = 'Central Bank of Uzbekistan rates (JSON)';

/** The CBU names each currency in four languages; `lang` picks one (a BCP 47 tag). */
function nameField(lang: string): string {
  if (/^uz-cyrl/i.test(lang)) return 'CcyNm_UZC';
  if (/^uz/i.test(lang)) return 'CcyNm_UZ';
  if (/^ru/i.test(lang)) return 'CcyNm_RU';
  return 'CcyNm_EN';
}

/**
 * The Central Bank of Uzbekistan's `arkhiv-kursov-valyut/json/`: an array with one object per
 * currency, every value a string, UZS per `Nominal` units in `Rate`, and `Diff` the change since
 * the previous rate. Names default to Russian, like the Bank of Russia's and the NBRB's.
 */
export function parseCbu(text: string, lang = 'ru'): RateSheet {
  const doc = parseRatesJson(text, FORMAT);
  if (!Array.isArray(doc)) throw new DataError('format', `Not a ${FORMAT} document: not a JSON array`);
  const field = nameField(lang);
  const rows = new RowReader();
  const entries = rows.atLeastOne(
    rows.read(doc, (entry) => cbuRow(entry, field)),
    () => new DataError('empty', `The ${FORMAT} document lists no currencies`),
  );
  const date = entries.reduce((latest, { date }) => (date > latest ? date : latest), entries[0].date);
  const previous = entries.map(({ previous }) => previous).filter((rate) => rate !== undefined);
  return sheetOf(
    'cbu',
    'UZS',
    date,
    entries.map(({ rate }) => rate),
    rows,
    previous,
  );
}

/** One currency: its rate, the date it was set, and the rate before `Diff`. */
function cbuRow(entry: unknown, nameKey: string): { rate: Rate; date: string; previous?: Rate } {
  if (!isJsonObject(entry)) throw new DataError('format', `An entry of the ${FORMAT} document is not an object`);
  const rate = rateOf({
    code: textField(entry, 'Ccy'),
    numCode: textField(entry, 'Code'),
    name: textField(entry, nameKey),
    nominal: scalar(entry, 'Nominal'),
    value: scalar(entry, 'Rate'),
  });
  const date = isoFromDotted(textField(entry, 'Date'), `the Date of ${rate.code}`);
  return { rate, date, previous: previousOf(rate, scalar(entry, 'Diff')) };
}
