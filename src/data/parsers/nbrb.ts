import { DataError } from '../errors.js';
import type { Rate, RateSheet } from '../types.js';
import { isoFromIsoDate } from './dates.js';
import { isJsonObject, parseRatesJson, scalar, textField, type JsonObject } from './json-document.js';
import { rateOf, sheetOf } from './sheet.js';

const FORMAT = 'National Bank of Belarus rates (api.nbrb.by)';

/**
 * The National Bank of the Republic of Belarus's `exrates/rates`: JSON numbers, BYN per
 * `Cur_Scale` units in `Cur_OfficialRate`, `Date` as local midnight without a zone. A list
 * (`?periodicity=0`) or a single currency's object are both sheets. `Cur_ID` is internal and
 * changes over time (EUR was 292, now 451), so the sheet keys on `Cur_Abbreviation`.
 */
export function parseNbrb(text: string): RateSheet {
  const doc = parseRatesJson(text, FORMAT);
  const list: unknown[] = Array.isArray(doc) ? doc : [doc];
  const entries = list.map((entry): JsonObject => {
    if (!isJsonObject(entry) || textField(entry, 'Cur_Abbreviation') === undefined) {
      throw new DataError('format', `Not a ${FORMAT} document: an entry has no "Cur_Abbreviation"`);
    }
    return entry;
  });
  if (entries.length === 0) throw new DataError('empty', `The ${FORMAT} document lists no currencies`);
  const dates = entries.map((entry) => isoFromIsoDate(textField(entry, 'Date'), `the Date of ${textField(entry, 'Cur_Abbreviation')}`));
  const date = dates.reduce((latest, day) => (day > latest ? day : latest));
  return sheetOf('nbrb', 'BYN', date, entries.map(nbrbRate));
}

function nbrbRate(entry: JsonObject): Rate {
  return rateOf({
    code: textField(entry, 'Cur_Abbreviation'),
    name: textField(entry, 'Cur_Name'),
    nominal: scalar(entry, 'Cur_Scale'),
    value: scalar(entry, 'Cur_OfficialRate'),
  });
}
