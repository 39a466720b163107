import { DataError } from '../errors.js';
import type { Rate, RateSheet } from '../types.js';
import { moscowDateOf } from './dates.js';
import { isJsonObject, parseRatesJson, scalar, textField, type JsonObject } from './json-document.js';
import { rateOf, sheetOf } from './sheet.js';

const FORMAT = 'cbr-xml-daily.ru JSON';

/**
 * The cbr-xml-daily.ru mirror of the Bank of Russia's sheet (`daily_json.js`): the same rates as
 * JSON numbers, keyed by ISO code, with each currency's `Previous` rate for the change column.
 * `Date` is the instant the rates take effect in Moscow; `Timestamp` (when the mirror last looked)
 * is not the rates' date and is ignored.
 */
export function parseCbrJson(text: string): RateSheet {
  const doc = parseRatesJson(text, FORMAT);
  if (!isJsonObject(doc) || !isJsonObject(doc.Valute)) {
    throw new DataError('format', `Not a ${FORMAT} document: no "Valute" object`);
  }
  const date = moscowDateOf(typeof doc.Date === 'string' ? doc.Date : undefined, 'the "Date" of the mirror');
  const valutes = Object.values(doc.Valute).map((entry) => {
    if (!isJsonObject(entry)) throw new DataError('format', `A currency of the ${FORMAT} document is not an object`);
    return entry;
  });
  const rates = valutes.map((valute) => mirrorRate(valute, 'Value'));
  const previous = valutes.filter((valute) => scalar(valute, 'Previous') !== undefined).map((valute) => mirrorRate(valute, 'Previous'));
  return sheetOf('cbr-json', 'RUB', date, rates, previous);
}

function mirrorRate(valute: JsonObject, field: 'Value' | 'Previous'): Rate {
  return rateOf({
    code: textField(valute, 'CharCode'),
    numCode: textField(valute, 'NumCode'),
    name: textField(valute, 'Name'),
    nominal: scalar(valute, 'Nominal'),
    value: scalar(valute, field),
  });
}
