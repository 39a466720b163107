import { DataError } from '../errors.js';
import type { RatePoint, RateSeries } from '../types.js';
import { asArray, nodeOf, textOf, type XmlValue } from '../xml.js';
import { isoCodeOfCbrId } from './cbr-ids.js';
import { valCursOf } from './cbr-valcurs.js';
import { isoFromDotted } from './dates.js';
import { RowReader, rateOf } from './sheet.js';

const FORMAT = 'Bank of Russia rate history (XML_dynamic)';

/**
 * The Bank of Russia's `XML_dynamic.asp`: one currency's rates over a date range, one `<Record>`
 * per date on which a new rate took effect. Days without one (weekends, holidays) are absent and
 * stay absent: the previous rate simply remains in effect.
 *
 * The document names the currency only by the bank's ID, so `code` is the ISO code the caller
 * asked for; without it the code is looked up in `cbr-ids`.
 */
export function parseCbrDynamic(text: string, code?: string): RateSeries {
  const valCurs = valCursOf(text, FORMAT);
  if (valCurs?.Valute !== undefined) {
    throw new DataError('format', `Not a ${FORMAT} document: it is a daily sheet (XML_daily)`);
  }
  const id = textOf(valCurs?.['@ID']);
  const iso = seriesCode(id, code);
  const rows = new RowReader();
  const points = rows.read(asArray(valCurs?.Record), (record) => cbrPoint(record, iso));
  rows.atLeastOne(points, () => {
    const range = valCurs ? ` between ${textOf(valCurs['@DateRange1'])} and ${textOf(valCurs['@DateRange2'])}` : '';
    return new DataError('empty', `The Bank of Russia set no rate for ${iso}${range}`);
  });
  points.sort((a, b) => a.date.localeCompare(b.date));
  const series: RateSeries = { source: 'cbr', base: 'RUB', code: iso, points };
  if (rows.partial) series.partial = rows.partial;
  return series;
}

/** The caller's code, checked against the document's ID when the ID is known. */
function seriesCode(id: string, asked: string | undefined): string {
  const known = isoCodeOfCbrId(id);
  const code = asked?.trim().toUpperCase();
  if (code && known && code !== known) {
    throw new DataError('format', `Asked for the history of ${code}, but the document is the history of ${id} (${known})`);
  }
  const resolved = code || known;
  if (!resolved) {
    throw new DataError('format', `Unknown Bank of Russia currency ID "${id}": pass the ISO code the history was requested for`);
  }
  return resolved;
}

function cbrPoint(record: XmlValue, code: string): RatePoint {
  const node = nodeOf(record);
  if (!node) throw new DataError('format', `A <Record> of the ${code} history has no fields`);
  const date = isoFromDotted(textOf(node['@Date']), `the Date of a <Record> of the ${code} history`);
  const { nominal, value, perUnit } = rateOf({
    code,
    name: code,
    nominal: textOf(node.Nominal),
    value: textOf(node.Value),
    perUnit: textOf(node.VunitRate),
  });
  return { date, nominal, value, perUnit };
}
