import { DataError } from '../errors.js';
import type { Rate, RateSheet } from '../types.js';
import { asArray, nodeOf, textOf, type XmlValue } from '../xml.js';
import { valCursOf } from './cbr-valcurs.js';
import { isoFromDotted } from './dates.js';
import { RowReader, rateOf, sheetOf } from './sheet.js';

const FORMAT = 'Bank of Russia daily rates (XML_daily)';

/**
 * The Bank of Russia's `XML_daily.asp` / `XML_daily_eng.asp`: RUB per `Nominal` units, with
 * `VunitRate` (RUB per one unit) on sheets published since 2023 and on older dates fetched since.
 * The date is the one the rates take effect, which the bank may move to the next business day.
 */
export function parseCbrDaily(text: string, source = 'cbr'): RateSheet {
  const valCurs = valCursOf(text, FORMAT);
  if (valCurs?.Record !== undefined) {
    throw new DataError('format', `Not a ${FORMAT} document: it is a rate history (XML_dynamic)`);
  }
  const valutes = asArray(valCurs?.Valute);
  const date = valCurs && isoFromDotted(textOf(valCurs['@Date']), 'the Date of <ValCurs>');
  if (valutes.length === 0 || !date) {
    throw new DataError('empty', `The Bank of Russia sheet${date ? ` for ${date}` : ''} lists no currencies`);
  }
  const rows = new RowReader();
  return sheetOf(source, 'RUB', date, rows.read(valutes, cbrRate), rows);
}

function cbrRate(valute: XmlValue): Rate {
  const node = nodeOf(valute);
  if (!node) throw new DataError('format', 'A <Valute> of the Bank of Russia sheet has no fields');
  return rateOf({
    code: textOf(node.CharCode),
    numCode: textOf(node.NumCode),
    name: textOf(node.Name),
    nominal: textOf(node.Nominal),
    value: textOf(node.Value),
    perUnit: textOf(node.VunitRate),
  });
}
