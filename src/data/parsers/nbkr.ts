import { DataError } from '../errors.js';
import type { Rate, RateSheet } from '../types.js';
import { asArray, nodeOf, textOf, type XmlValue } from '../xml.js';
import { isoFromDotted } from './dates.js';
import { RowReader, rateOf, sheetOf } from './sheet.js';
import { parseRatesXml, rootElement } from './xml-document.js';

const FORMAT = 'National Bank of Kyrgyzstan rates (XML/daily.xml)';

/**
 * The National Bank of the Kyrgyz Republic's `daily.xml` (USD, EUR, KZT, RUB) and `weekly.xml`,
 * which share one shape: `<CurrencyRates Date="dd.mm.yyyy">`, one `<Currency ISOCode>` each with
 * KGS per `Nominal` units. The bank quotes KZT per 1, where the Bank of Russia quotes it per 100:
 * the nominal is always the document's own.
 */
export function parseNbkr(text: string): RateSheet {
  const root = rootElement(parseRatesXml(text, FORMAT), 'CurrencyRates');
  if (!root) throw new DataError('format', `Not a ${FORMAT} document: no <CurrencyRates> root`);
  const node = typeof root.node === 'string' ? undefined : root.node;
  const currencies = asArray(node?.Currency);
  if (!node || currencies.length === 0) throw new DataError('empty', `The ${FORMAT} document lists no currencies`);
  const date = isoFromDotted(textOf(node['@Date']), 'the Date of <CurrencyRates>');
  const rows = new RowReader();
  return sheetOf('nbkr', 'KGS', date, rows.read(currencies, nbkrRate), rows);
}

function nbkrRate(currency: XmlValue): Rate {
  const node = nodeOf(currency);
  const code = textOf(node?.['@ISOCode']);
  return rateOf({ code, name: code, nominal: textOf(node?.Nominal), value: textOf(node?.Value) });
}
