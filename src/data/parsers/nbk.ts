import { DataError } from '../errors.js';
import type { Rate, RateSheet } from '../types.js';
import { asArray, nodeOf, textOf, type XmlNode } from '../xml.js';
import { isoFromDotted } from './dates.js';
import { RowReader, previousOf, rateOf, sheetOf } from './sheet.js';
import { parseRatesXml, rootElement } from './xml-document.js';

const FORMAT = 'National Bank of Kazakhstan rates (rss/rates_all.xml)';

interface NbkItem {
  date: string;
  rate: Rate;
  previous?: Rate;
}

/**
 * The National Bank of Kazakhstan's RSS of official rates: one `<item>` per currency with the ISO
 * code as `title`, KZT per `quant` units as `description`, the change since the previous rate,
 * and the date as `dd.mm.yy`. The feed keeps currencies it no longer quotes (LVL, EEK, TRL) with
 * the date of their last rate; the sheet is the newest date, and those stale items are left out
 * so they show as "not quoted" rather than as a rate of years ago.
 */
export function parseNbk(text: string): RateSheet {
  const root = rootElement(parseRatesXml(text, FORMAT), 'rss');
  if (!root) throw new DataError('format', `Not a ${FORMAT} document: no <rss> root`);
  const channel = typeof root.node === 'string' ? undefined : nodeOf(root.node.channel);
  const rows = new RowReader();
  const items = rows.atLeastOne(
    rows.read(asArray(channel?.item), (item) => nbkItem(nodeOf(item))),
    () => new DataError('empty', `The ${FORMAT} feed lists no currencies`),
  );
  const date = items.reduce((latest, item) => (item.date > latest ? item.date : latest), items[0].date);
  const current = items.filter((item) => item.date === date);
  const previous = current.map(({ previous }) => previous).filter((rate) => rate !== undefined);
  return sheetOf(
    'nbk',
    'KZT',
    date,
    current.map(({ rate }) => rate),
    rows,
    previous,
  );
}

function nbkItem(item: XmlNode | undefined): NbkItem {
  const code = textOf(item?.title);
  const rate = rateOf({ code, name: code, nominal: textOf(item?.quant), value: textOf(item?.description) });
  const date = isoFromDotted(textOf(item?.pubDate), `the pubDate of ${rate.code}`);
  return { date, rate, previous: previousOf(rate, textOf(item?.change)) };
}
