import { DataError, isDataError } from '../errors.js';
import type { Rate, RateSheet, SkippedRows } from '../types.js';
import { divideDecimal, parseDecimal, subtractDecimal } from '../numbers.js';
import { MAX_NOMINAL, RATE_RANGE, isSaneNominal, isSaneRate } from '../rate-range.js';

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
 * A validated `Rate`: ISO-looking code, whole nominal up to `MAX_NOMINAL`, value and per-unit
 * value within `RATE_RANGE`. `perUnit` is the source's own figure when given, else
 * `value / nominal` computed exactly in decimal, and checked again after computing.
 */
export function rateOf(quote: Quote): Rate {
  const code = quote.code?.trim().toUpperCase() ?? '';
  if (!/^[A-Z]{3}$/.test(code)) throw new DataError('format', `Not a currency code: "${brief(quote.code ?? '')}"`);
  if (quote.nominal === undefined) throw new DataError('format', `No nominal given for ${code}`);
  const nominal = parseDecimal(quote.nominal, `nominal of ${code}`);
  if (!(nominal > 0)) throw new DataError('format', `The nominal of ${code} is not positive: ${brief(quote.nominal)}`);
  if (!isSaneNominal(nominal)) {
    throw new DataError('format', `The nominal of ${code} is not a whole number up to ${MAX_NOMINAL}: ${brief(quote.nominal)}`);
  }
  if (quote.value === undefined || quote.value === '') throw new DataError('format', `No rate given for ${code}`);
  const value = rateValue(quote.value, `rate of ${code}`);
  const perUnit =
    quote.perUnit === undefined || quote.perUnit === ''
      ? checkedRate(divideDecimal(quote.value, nominal, `rate of ${code}`), `rate per unit of ${code}`, `${brief(quote.value)} / ${nominal}`)
      : rateValue(quote.perUnit, `rate per unit of ${code}`);
  const rate: Rate = { code, name: quote.name?.trim() || code, nominal, value, perUnit };
  const numCode = quote.numCode?.trim();
  if (numCode) rate.numCode = numCode;
  return rate;
}

/**
 * A rate as a source writes it, refused unless it is within `RATE_RANGE`: a rate of zero would make
 * every cross rate infinite, and one of 1e300 is no rate at all.
 */
export function rateValue(input: string | number, what: string): number {
  return checkedRate(parseDecimal(input, what), what, brief(input));
}

function checkedRate(value: number, what: string, written: string): number {
  if (!(value > 0)) throw new DataError('format', `The ${what} is not positive: ${written}`);
  if (!isSaneRate(value)) {
    throw new DataError('format', `The ${what} is out of range: ${written} (rates lie between ${RATE_RANGE.min} and ${RATE_RANGE.max})`);
  }
  return value;
}

/** A value from a document as an error message quotes it: never more than a line. */
function brief(input: string | number): string {
  const text = String(input);
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

/** How many refused rows a partial sheet explains: enough to debug, bounded whatever the document. */
const MAX_REASONS = 5;

/**
 * Reads a document's rows one at a time, so that one bad row costs only itself: a row whose reading
 * throws a `DataError` is left out and counted. Anything else is a bug and still throws.
 */
export class RowReader {
  #skipped = 0;
  readonly #reasons: DataError[] = [];

  /** The rows `read` accepts, in order. */
  read<I, T>(items: Iterable<I>, read: (item: I) => T): T[] {
    const values: T[] = [];
    for (const item of items) {
      try {
        values.push(read(item));
      } catch (error) {
        if (!isDataError(error)) throw error;
        this.skip(error);
      }
    }
    return values;
  }

  /** Counts a row left out for `reason`. */
  skip(reason: DataError): void {
    this.#skipped++;
    if (this.#reasons.length < MAX_REASONS) this.#reasons.push(reason);
  }

  /**
   * `values` when there is at least one; otherwise the document has no row to show, and that is
   * the first refused row's own error (a document-level one), or `empty()` when no row was refused.
   */
  atLeastOne<T>(values: T[], empty: () => DataError): T[] {
    if (values.length > 0) return values;
    throw this.#reasons[0] ?? empty();
  }

  /** The mark of a sheet or series that left rows out, or undefined when none were. */
  get partial(): SkippedRows | undefined {
    return this.#skipped === 0 ? undefined : { skipped: this.#skipped, reasons: this.#reasons.map((reason) => reason.message) };
  }
}

/**
 * A sheet with at least one rate; a document without any is `empty`, not a blank table (or, when
 * every row was refused, the first row's error). Rows `rows` left out mark the sheet `partial`.
 */
export function sheetOf(source: string, base: string, date: string, rates: Rate[], rows: RowReader, previous?: Rate[]): RateSheet {
  rows.atLeastOne(rates, () => new DataError('empty', `The ${source} document for ${date} holds no rates`));
  const sheet: RateSheet = { source, base, date, rates };
  if (previous && previous.length > 0) sheet.previous = previous;
  const { partial } = rows;
  if (partial) sheet.partial = partial;
  return sheet;
}

/**
 * The rate before the change a source states next to it (the NBK's `change`, the CBU's `Diff`),
 * for the same nominal. A change that would leave no rate in range is ignored: `previous` is an
 * extra, and a bad one should not cost the current rates.
 */
export function previousOf(rate: Rate, change: string | number | undefined): Rate | undefined {
  if (change === undefined || (typeof change === 'string' && change.trim() === '')) return undefined;
  const value = subtractDecimal(rate.value, change, `change of ${rate.code}`);
  const perUnit = divideDecimal(value, rate.nominal);
  if (!isSaneRate(value) || !isSaneRate(perUnit)) return undefined;
  return { ...rate, value, perUnit };
}
