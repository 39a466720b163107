import { DataError } from '../errors.js';
import type { Rate, RateSheet } from '../types.js';
import { isoFromDotted } from './dates.js';
import { isJsonObject, parseRatesJson, scalar, textField, type JsonObject } from './json-document.js';
import { previousOf, rateOf, sheetOf } from './sheet.js';

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
  const entries = doc.map((entry): JsonObject => {
    if (!isJsonObject(entry)) throw new DataError('format', `An entry of the ${FORMAT} document is not an object`);
    return entry;
  });
  if (entries.length === 0) throw new DataError('empty', `The ${FORMAT} document lists no currencies`);
  const dates = entries.map((entry) => isoFromDotted(textField(entry, 'Date'), `the Date of ${textField(entry, 'Ccy') ?? 'a currency'}`));
  const date = dates.reduce((latest, day) => (day > latest ? day : latest));
  const field = nameField(lang);
  const rates = entries.map((entry) => cbuRate(entry, field));
  const previous = rates.map((rate, i) => previousOf(rate, scalar(entries[i], 'Diff'))).filter((rate) => rate !== undefined);
  return sheetOf('cbu', 'UZS', date, rates, previous);
}

function cbuRate(entry: JsonObject, nameKey: string): Rate {
  return rateOf({
    code: textField(entry, 'Ccy'),
    numCode: textField(entry, 'Code'),
    name: textField(entry, nameKey),
    nominal: scalar(entry, 'Nominal'),
    value: scalar(entry, 'Rate'),
  });
}
