import { DataError } from '../errors.js';
import type { Rate, RateSheet } from '../types.js';
import { divideDecimal, parseDecimal, subtractDecimal } from '../numbers.js';

/** One currency's quote as a source writes it, before validation. */
export interface Quote {
  code: string | undefined;
  numCode?: string;
  name: string | undefined;
  /** Units the value is for: the document's own (the ECB parser passes the one it chose). */
  nominal: string | number | undefined;
  /** Base units per `nominal` units. */
  value: string | number | undefined;
  /** Base units per one unit, when the source states it (the Bank of Russia's VunitRate). */
  perUnit?: string | number;
}

/**
 * A validated `Rate`: ISO-looking code, positive whole nominal, positive value. `perUnit` is the
 * source's own figure when given, else `value / nominal` computed exactly in decimal.
 */
export function rateOf(quote: Quote): Rate {
  const code = quote.code?.trim().toUpperCase() ?? '';
  if (!/^[A-Z]{3}$/.test(code)) throw new DataError('format', `Not a currency code: "${quote.code ?? ''}"`);
  if (quote.nominal === undefined) throw new DataError('format', `No nominal given for ${code}`);
  const nominal = positive(quote.nominal, `nominal of ${code}`);
  if (!Number.isInteger(nominal)) throw new DataError('format', `Nominal of ${code} is not a whole number: ${nominal}`);
  if (quote.value === undefined || quote.value === '') throw new DataError('format', `No rate given for ${code}`);
  const value = positive(quote.value, `rate of ${code}`);
  const perUnit =
    quote.perUnit === undefined || quote.perUnit === ''
      ? divideDecimal(quote.value, nominal, `rate of ${code}`)
      : positive(quote.perUnit, `rate per unit of ${code}`);
  const rate: Rate = { code, name: quote.name?.trim() || code, nominal, value, perUnit };
  const numCode = quote.numCode?.trim();
  if (numCode) rate.numCode = numCode;
  return rate;
}

/** A rate of zero or below would make every cross rate infinite: refuse it where it is read. */
export function positive(input: string | number, what: string): number {
  const value = parseDecimal(input, what);
  if (!(value > 0)) throw new DataError('format', `The ${what} is not positive: ${String(input)}`);
  return value;
}

/** A sheet with at least one rate; a document without any is `empty`, not a blank table. */
export function sheetOf(source: string, base: string, date: string, rates: Rate[], previous?: Rate[]): RateSheet {
  if (rates.length === 0) throw new DataError('empty', `The ${source} document for ${date} holds no rates`);
  const sheet: RateSheet = { source, base, date, rates };
  if (previous && previous.length > 0) sheet.previous = previous;
  return sheet;
}

/**
 * The rate before the change a source states next to it (the NBK's `change`, the CBU's `Diff`),
 * for the same nominal. A change that would leave no positive rate is ignored: `previous` is an
 * extra, and a bad one should not cost the current rates.
 */
export function previousOf(rate: Rate, change: string | number | undefined): Rate | undefined {
  if (change === undefined || (typeof change === 'string' && change.trim() === '')) return undefined;
  const value = subtractDecimal(rate.value, change, `change of ${rate.code}`);
  if (!(value > 0)) return undefined;
  return { ...rate, value, perUnit: divideDecimal(value, rate.nominal) };
}
