import { DataError } from './errors.js';

/**
 * A decimal as the rate sources write it: comma or dot before the fraction (the Bank of Russia
 * and the National Bank of Kyrgyzstan use a comma), optionally an exponent (the Bank of Russia
 * writes tiny VunitRates as `2,22616E-05`). No thousands separators: no source sends them, and
 * guessing whether `1.234` is a thousand would be worse than refusing it.
 */
const DECIMAL = /^([+-]?\d+)(?:[.,](\d+))?(?:e([+-]?\d+))?$/i;

interface Decimal {
  /** The digits with a dot, ready for `Number()`. */
  mantissa: string;
  exponent: number;
}

function splitDecimal(input: string | number, what: string): Decimal {
  if (typeof input === 'number') {
    if (!Number.isFinite(input)) throw notANumber(String(input), what);
    // String() of a double is its shortest round-trip form, so 15.8354 stays "15.8354".
    return splitDecimal(String(input), what);
  }
  const match = DECIMAL.exec(input.trim());
  if (!match) throw notANumber(input, what);
  const [, whole, fraction, exponent] = match;
  return { mantissa: fraction === undefined ? whole : `${whole}.${fraction}`, exponent: Number(exponent ?? 0) };
}

function notANumber(text: string, what: string): DataError {
  const shown = text.length > 40 ? `${text.slice(0, 40)}…` : text;
  return new DataError('format', `Not a decimal number: "${shown}"${what ? ` (${what})` : ''}`);
}

/**
 * Parses a source's decimal (`83,5173`, `10919.89`, `2,22616E-05`); JSON numbers pass through
 * after a finiteness check. Anything else is a `format` error naming `what` was being read.
 */
export function parseDecimal(input: string | number, what = ''): number {
  const { mantissa, exponent } = splitDecimal(input, what);
  const value = Number(`${mantissa}e${exponent}`);
  if (!Number.isFinite(value)) throw notANumber(String(input), what);
  return value;
}

/**
 * `input / divisor`, correctly rounded when the divisor is a power of ten (every nominal the
 * banks use): the decimal point is moved in the text rather than dividing doubles, so
 * `18,9063` per 100 gives exactly the double nearest 0.189063, the same number the Bank of
 * Russia's own VunitRate `0,189063` parses to.
 */
export function divideDecimal(input: string | number, divisor: number, what = ''): number {
  const shift = Math.log10(divisor);
  if (!Number.isInteger(shift)) return parseDecimal(input, what) / divisor;
  const { mantissa, exponent } = splitDecimal(input, what);
  const value = Number(`${mantissa}e${exponent - shift}`);
  if (!Number.isFinite(value)) throw notANumber(String(input), what);
  return value;
}

/**
 * `a - b` rounded to the decimals the two inputs are written with, so a rate of `258.1` less a
 * change of `+0.11` is `257.99`, not 257.98999999999998.
 */
export function subtractDecimal(a: string | number, b: string | number, what = ''): number {
  const decimals = Math.max(fractionDigits(a, what), fractionDigits(b, what));
  return Number((parseDecimal(a, what) - parseDecimal(b, what)).toFixed(Math.min(decimals, 100)));
}

function fractionDigits(input: string | number, what: string): number {
  const { mantissa, exponent } = splitDecimal(input, what);
  const dot = mantissa.indexOf('.');
  return Math.max(0, (dot < 0 ? 0 : mantissa.length - dot - 1) - exponent);
}
