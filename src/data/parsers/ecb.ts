import { DataError } from '../errors.js';
import { readableNominal } from '../rates.js';
import type { Rate, RatePoint, RateSeries, RateSheet } from '../types.js';
import { asArray, nodeOf, textOf, type XmlNode } from '../xml.js';
import { isoFromIsoDate } from './dates.js';
import { RowReader, rateOf, rateValue, sheetOf } from './sheet.js';
import { parseRatesXml, rootElement } from './xml-document.js';

const FORMAT = 'ECB euro reference rates';

/** One day's `<Cube time>`: the ECB's own figures, units of each currency per 1 EUR. */
interface EcbDay {
  date: string;
  quotes: Map<string, number>;
}

/**
 * The ECB's euro reference rates (`eurofxref-daily.xml`, and the newest day of
 * `eurofxref-hist*.xml`, whose previous day becomes `previous`). The ECB quotes the other way
 * round from every other bank here, units of currency per euro, so each rate is turned into
 * EUR per unit: `perUnit` is exactly `1 / rate`, and `nominal` is the smallest power of ten that
 * makes the EUR value at least 0.1 (USD per 1, JPY per 100, IDR per 10000), by `readableNominal`.
 */
export function parseEcb(text: string): RateSheet {
  const rows = new RowReader();
  const [newest, before] = ecbDays(text, rows);
  const nominals = new Map([...newest.quotes].map(([code, rate]) => [code, readableNominal(1 / rate)]));
  const sheetRates = (day: EcbDay | undefined, reader: RowReader): Rate[] =>
    reader.read(
      [...(day?.quotes ?? [])].filter(([code]) => nominals.has(code)),
      ([code, rate]) => ecbRate(code, rate, nominals.get(code)!),
    );
  // The day before is an extra for the change column: what it cannot give is simply not shown.
  return sheetOf('ecb', 'EUR', newest.date, sheetRates(newest, rows), rows, sheetRates(before, new RowReader()));
}

/** One currency across an ECB history file (`eurofxref-hist*.xml`), oldest first. */
export function parseEcbHistory(text: string, code: string): RateSeries {
  const iso = code.trim().toUpperCase();
  const rows = new RowReader();
  const days = ecbDays(text, rows).filter((day) => day.quotes.has(iso));
  // One nominal for the whole series (the newest day's), so a chart of `value` never jumps by ten.
  const nominal = days.length > 0 ? readableNominal(1 / days[0].quotes.get(iso)!) : 1;
  const points = rows.read(days, (day): RatePoint => {
    const { value, perUnit } = ecbRate(iso, day.quotes.get(iso)!, nominal);
    return { date: day.date, nominal, value, perUnit };
  });
  rows.atLeastOne(points, () => new DataError('empty', `The ECB document has no rates for ${iso}`));
  const series: RateSeries = { source: 'ecb', base: 'EUR', code: iso, points: points.reverse() };
  if (rows.partial) series.partial = rows.partial;
  return series;
}

function ecbRate(code: string, unitsPerEuro: number, nominal: number): Rate {
  return rateOf({ code, name: code, nominal, value: nominal / unitsPerEuro, perUnit: 1 / unitsPerEuro });
}

/** The document's days, newest first; a day or a quote that cannot be read is left out and counted in `rows`. */
function ecbDays(text: string, rows: RowReader): EcbDay[] {
  const root = rootElement(parseRatesXml(text, FORMAT), 'Envelope');
  if (!root) throw new DataError('format', `Not an ${FORMAT} document: no <gesmes:Envelope> root`);
  const outer = typeof root.node === 'string' ? undefined : nodeOf(root.node.Cube);
  const days = rows.read(asArray(outer?.Cube), (day) => ecbDay(nodeOf(day), rows));
  rows.atLeastOne(days, () => new DataError('empty', `The ${FORMAT} document holds no day of rates`));
  return days.sort((a, b) => b.date.localeCompare(a.date));
}

function ecbDay(day: XmlNode | undefined, rows: RowReader): EcbDay {
  const date = isoFromIsoDate(textOf(day?.['@time']), 'the time of an ECB <Cube>');
  const quotes = rows.read(asArray(day?.Cube), (cube): [string, number] => {
    const node = nodeOf(cube);
    const code = textOf(node?.['@currency']).trim().toUpperCase();
    return [code, rateValue(textOf(node?.['@rate']), `ECB rate of ${code || 'a currency'} on ${date}`)];
  });
  return { date, quotes: new Map(quotes) };
}
