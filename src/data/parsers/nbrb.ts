import { DataError } from '../errors.js';
import type { Rate, RateSheet } from '../types.js';
import { isoFromIsoDate } from './dates.js';
import { isJsonObject, parseRatesJson, scalar, textField } from './json-document.js';
import { RowReader, rateOf, sheetOf } from './sheet.js';

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
  const rows = new RowReader();
  const entries = rows.atLeastOne(rows.read(list, nbrbRow), () => new DataError('empty', `The ${FORMAT} document lists no currencies`));
  const date = entries.reduce((latest, { date }) => (date > latest ? date : latest), entries[0].date);
  return sheetOf(
    'nbrb',
    'BYN',
    date,
    entries.map(({ rate }) => rate),
    rows,
  );
}

function nbrbRow(entry: unknown): { rate: Rate; date: string } {
  if (!isJsonObject(entry) || textField(entry, 'Cur_Abbreviation') === undefined) {
    throw new DataError('format', `Not a ${FORMAT} document: an entry has no "Cur_Abbreviation"`);
  }
  const rate = rateOf({
    code: textField(entry, 'Cur_Abbreviation'),
    name: textField(entry, 'Cur_Name'),
    nominal: scalar(entry, 'Cur_Scale'),
    value: scalar(entry, 'Cur_OfficialRate'),
  });
  return { rate, date: isoFromIsoDate(textField(entry, 'Date'), `the Date of ${rate.code}`) };
}
