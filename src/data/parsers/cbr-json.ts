import { DataError } from '../errors.js';
import type { Rate, RateSheet } from '../types.js';
import { moscowDateOf } from './dates.js';
import { isJsonObject, parseRatesJson, scalar, textField, type JsonObject } from './json-document.js';
import { RowReader, rateOf, sheetOf } from './sheet.js';

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
  const rows = new RowReader();
  const valutes = rows.read(Object.values(doc.Valute), (entry) => {
    if (!isJsonObject(entry)) throw new DataError('format', `A currency of the ${FORMAT} document is not an object`);
    return { rate: mirrorRate(entry, 'Value'), entry };
  });
  // Previous rates are an extra: one that cannot be read leaves that currency without a change.
  const previous = new RowReader().read(
    valutes.filter(({ entry }) => scalar(entry, 'Previous') !== undefined),
    ({ entry }) => mirrorRate(entry, 'Previous'),
  );
  return sheetOf(
    'cbr-json',
    'RUB',
    date,
    valutes.map(({ rate }) => rate),
    rows,
    previous,
  );
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
